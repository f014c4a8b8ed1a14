# Checks: comparisons between ints, bools and floats, including big ints vs floats.
print(1 == 1.0, 1 < 1.5, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 == float(2 ** 53))
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 < float("inf"))
print(True == 1, True < 2, False < True)
print(3 < 4 < 5, 3 < 4 > 5, 1 == 1 == 1.0)
print(max(1, 2.0, True), min(0, False, 0.0))
print(0 == -0, 0.0 == -0.0)
