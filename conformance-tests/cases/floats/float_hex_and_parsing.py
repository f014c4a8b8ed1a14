# Checks: float.hex/fromhex round trips and rounding, float() spellings and errors, round() with ndigits, float dunders.
for x in [1.0, -0.5, 0.1, 3.75, 1e300, 5e-324, 2.2250738585072014e-308, 0.0, -0.0, float("inf")]:
    h = x.hex()
    print(h, float.fromhex(h) == x)
for s in ["0x1p-1074", "0x1p-1075", "0x3p-1076", "0x1.8p-1074", " -0X1.P3 ", "0x.8", "1a", "Inf", "-nan",
          "0x1.fffffffffffff8p1023", "0x1.00000000000008p0", "0x1.00000000000018p0"]:
    try:
        print(repr(s), float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
for bad in ["0x", "0x1p", "0x1_0", "0x1.2.3", "", "p5"]:
    try:
        float.fromhex(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for s in ["1_000", "1_0.5_5", "\t-2.5e-3\n", ".5", "5.", "1E+2", "+Infinity", "-iNF", "nAn", "\u0661\u0662.5"]:
    print(repr(s), float(s))
for bad in ["_1", "1_", "1__0", "1e", "0x10", "1.5f", "in", "- 1", "1,5"]:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(float(b"2.5"), float(True), float(2 ** 60), int(b" 42 "), int("\u0664\u0662"), int("-0b_101", 0))
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(2.675, 2), round(1e300, -299), round(123.456, -1))
print(round(5.5, None), round(1.23456789, 5), round(-0.0001, 2), round(1e-300, 400), round(12345.6, -10))
print((2.5).__round__(), (2.5).__floor__(), (-2.5).__ceil__(), (-2.5).__trunc__(), (1.5).__add__(1), (1.5).__rtruediv__(3))
print((1.5).__divmod__(0.4), (0.5).__pow__(2), (4.0).__rpow__(2), (2.0).__eq__(2), (2.0).__lt__("x"))
print((0.25).as_integer_ratio(), (-1e-3).as_integer_ratio(), (2.0 ** 70).as_integer_ratio(), (7.0).is_integer())
try:
    (1.5).__pow__(2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(float("nan"), None)
except ValueError as e:
    print(type(e).__name__, e)
try:
    round(1.5, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
