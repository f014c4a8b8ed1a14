# Checks: pow with two and three arguments, negative exponents, modular inverse, and error messages.
print(pow(2, 10), pow(2, 100), pow(-3, 3), pow(10, -2), pow(0, 0))
print(pow(2, 100, 1000), pow(3, 200, 7), pow(-2, 3, 5), pow(2, 3, -5))
print(pow(3, -1, 7), pow(38, -1, 97), pow(5, -2, 13))
print(2 ** 200 % 1000007)
print(pow(123456789, 987654321, 10**9 + 7))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
