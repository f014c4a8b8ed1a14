# Checks: the common math functions and constants with printed results.
import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(2), math.sqrt(144), math.isqrt(10 ** 20 + 12345), math.sqrt(0.25))
print(math.exp(1), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(0))
print(math.sin(0), math.cos(math.pi), math.tan(0), math.atan2(1, 1), math.degrees(math.pi), math.radians(180))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.fabs(-3), math.copysign(1, -0.0))
print(math.factorial(20), math.gcd(48, 18), math.gcd(0, 0), math.lcm(4, 6), math.gcd(12, 18, 27))
print(math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), math.hypot(3, 4))
print(math.pow(2, 10), math.fmod(10, 3), math.remainder(10, 3), math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.isclose(1.0, 1.0 + 1e-10), math.isfinite(1.0), math.isinf(math.inf), math.isnan(math.nan))
print(math.dist((0, 0), (3, 4)), math.asin(1), math.acos(1), math.atan(0), math.sinh(0), math.cosh(0), math.tanh(0))
