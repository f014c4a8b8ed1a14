# Checks: comparisons across bool/int/float including exactness for big ints vs floats.
big = 2 ** 60 + 1
print(big == float(big), big > float(2 ** 60), float(2 ** 60) < big)
print(10 ** 20 == 1e20, 10 ** 22 == 1e22, 10 ** 23 == 1e23)
print(True == 1.0, False < 0.5, 1 == 1.0000000000000002, 0.1 < 1 / 10 + 1e-17)
print(float("inf") > 10 ** 1000, float("-inf") < -(10 ** 1000), float("nan") == 0)
