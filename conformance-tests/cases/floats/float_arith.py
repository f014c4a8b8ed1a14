# Checks: float arithmetic, // and % with negative operands and mixed int/float, divmod, pow.
print(7.0 // 2, -7.0 // 2, 7.0 % -2, -7.0 % 2, 5.5 % 1, -5.5 % 1)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2))
print(2.0 ** 0.5, 4 ** 0.5, 2 ** -2, 0.0 ** 0)
print(1e-320 * 1e10, 0.1 * 3, 0.1 * 3 == 0.3)
print(-0.0 == 0.0, str(-0.0 * 1), str(0.0 * -1), -0.0 + 0.0)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1.0 % 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
