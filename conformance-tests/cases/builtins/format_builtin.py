# Checks: format() builtin with various types and specs, including errors for bad specs.
print(format(12.5, "08.2f"), format(255, "#06x"), format("abc", "^7"), format(True, ""), format(0.000012345, ".3g"))
print(format(1e6, ",.0f"), format(-1, "+"), format(7, "b"), format(1234.5, "_"))
for v, spec in [(1, "q"), ("s", "d"), (1.5, "d"), (1, ".2s")]:
    try:
        format(v, spec)
    except ValueError as e:
        print(type(e).__name__, e)
