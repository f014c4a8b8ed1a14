# Checks: float methods: is_integer, as_integer_ratio, hex/fromhex, conjugate, real/imag, float.__round__.
print((3.0).is_integer(), (3.5).is_integer(), (0.1).as_integer_ratio(), (-2.5).as_integer_ratio())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), (3.75).hex())
print((2.5).real, (2.5).imag, (2.5).conjugate())
print(float(10 ** 20), float("1_000.5"), float(" 12 "))
try:
    (float("inf")).as_integer_ratio()
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float("1__0")
except ValueError as e:
    print(type(e).__name__, e)
try:
    float([])
except TypeError as e:
    print(type(e).__name__, e)
