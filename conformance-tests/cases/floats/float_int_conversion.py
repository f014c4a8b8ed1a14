# Checks: conversions between floats and ints near precision limits, and str(float) of integral values.
print(float(2 ** 53), float(2 ** 53 + 1), float(2 ** 64), int(2.0 ** 64))
print(int(1e300) == 10 ** 300, int(1e300) % 10 ** 10)
print(float(10 ** 308), float(-(10 ** 300)))
try:
    float(10 ** 309)
except OverflowError as e:
    print(type(e).__name__, e)
print(int(-2.9), int(2.9), int(-0.0), float(-0))
print(1e16 == 10 ** 16, 1e23 == 10 ** 23, int(1e23))
