# Checks: abs, round, divmod and pow on ints, floats and bools, with their result types.
print(abs(-5), abs(5), abs(-2.5), abs(True), abs(-0.0), type(abs(-3)).__name__)
print(round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(7), round(7, -1), round(25, -1), round(1.25, 1))
print(divmod(7, 3), divmod(-7, 3), divmod(7.5, 2), divmod(True, 2))
print(pow(2, 8), pow(2.0, 3), pow(2, -1), pow(4, 0.5), pow(7, 2, 5), pow(9, 0.5))
