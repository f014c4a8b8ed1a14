# Checks: int()/float()/str() conversions between basic types.
print(int(3.9), int(-3.9), int("42"), int("  -17  "), int("1_000"))
print(float(3), float("2.5"), float("  -1e3 "), float("inf"), float("-Infinity"), float("nan"))
print(str(42), str(-0.5), str(1e100), str(None))
print(int(True), float(False))
print(int("0"), int("-0"), float("-0"))
print(round(2.675, 2), int(1e20), int(-1e20))
for bad in ["abc", "1.5", "", "0x10"]:
    try:
        int(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float("one")
except ValueError as e:
    print(type(e).__name__, e)
