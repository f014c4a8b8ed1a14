# Checks: float() accepts many spellings and rounds correctly; repr round-trips.
for s in ["1", "1.", ".5", "1e5", "1E-5", "-.5e+3", "  3.25  ", "1_2.5_0", "8",
          "123456789012345678901234567890", "2.2250738585072011e-308", "4.9406564584124654e-324",
          "1e400", "-1e400", "1e-400", "nan", "+inf", "-Infinity"]:
    f = float(s)
    print(repr(s), repr(f), float(repr(f)) == f or f != f)
for bad in ["1e", "e5", "1.2.3", "--1", "1 2", "infinit", ""]:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
