# Checks: math functions returning exact ints on big inputs: factorial, isqrt, gcd, comb, floor/ceil of big floats.
import math
print(math.factorial(30), math.isqrt(2 ** 200), math.gcd(2 ** 100, 6 ** 50), math.comb(100, 50))
print(math.floor(1e20), math.ceil(-1e20), type(math.floor(1e20)).__name__, math.floor(10 ** 30))
print(math.prod(range(1, 21)), math.lcm(*range(1, 21)), math.perm(20))
