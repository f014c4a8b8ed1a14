# Checks: float equality subtleties and comparisons with ints; math.isclose.
import math
print(0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3), abs(0.1 + 0.2 - 0.3) < 1e-9)
print(1.0 == 1, float("1") == 1)
print(sorted([3.5, -1.0, 2, 0, -0.0, 1e-9]))
print(max(0.0, -0.0), min(0.0, -0.0), max(-0.0, 0.0))
print(1 / 3 * 3 == 1.0, 2 ** 0.5 * 2 ** 0.5)
print(math.isclose(1e-10, 0), math.isclose(1e-10, 0, abs_tol=1e-9))
