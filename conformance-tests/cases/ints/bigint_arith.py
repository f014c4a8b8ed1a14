# Checks: arbitrary-precision arithmetic: factorials, big products, big division, negatives.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f50 = fact(50)
print(f50)
print(len(str(fact(200))))
print(f50 // fact(48), f50 % 1000003)
a = 2 ** 127 - 1
b = 3 ** 80
print(a, b)
print(a * b)
print(a - b, b - a)
print(a // 12345, a % 12345, -a // 12345, -a % 12345)
print(-(2 ** 64) // 3, -(2 ** 64) % 3)
print(10 ** 30 / 10 ** 10)
print(2 ** 64 == 18446744073709551616, 2 ** 63 - 1)
print(abs(-(10 ** 25)), -(-(10 ** 25)))
