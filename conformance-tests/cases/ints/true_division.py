# Checks: true division of ints yields correctly rounded floats, even for huge operands.
print(1 / 3, 2 / 3, 10 / 4, -7 / 2, 0 / 5)
print(10 ** 30 / 3, (10 ** 30 + 1) / 10 ** 30)
print(2 ** 1000 / 2 ** 998, (2 ** 1100 + 1) / 2 ** 1090)
try:
    print(2 ** 2000 / 3)
except OverflowError as e:
    print(type(e).__name__, e)
print(1 / 2 ** 1100)
print(7 // 2.0, 7 % 2.5, -7 % 2.5)
