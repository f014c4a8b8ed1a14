# Checks: the less common math functions (modf, frexp, ldexp, remainder, nextafter, ulp, fsum, hypot, dist, gcd/lcm of many, comb/perm, log of huge ints) and their errors.
import math
print(math.modf(-3.25), math.modf(float("inf")), math.frexp(0.0), math.frexp(1e-320), math.frexp(-48.0))
print(math.ldexp(0.75, 3), math.ldexp(1.0, -1074), math.ldexp(1.0, -1080), math.ldexp(-0.0, 5), math.ldexp(3, 2))
print(math.fmod(-7, 3), math.fmod(7, -3), math.fmod(5, float("inf")), math.remainder(7, 2), math.remainder(-7, 4))
print(math.copysign(2, -0.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.ulp(1.0), math.ulp(1e308))
print(math.fsum([1e100, 1.0, -1e100, 1e-100]), math.fsum([0.1] * 7), math.fsum(range(10)), math.fsum([]))
print(math.hypot(), math.hypot(-3), math.hypot(3, 4, 12), math.hypot(1e200, 1e200), math.hypot(5e-324, 5e-324))
print(math.hypot(float("nan"), float("inf")), math.dist([1, 1], [4, 5]), math.dist((0.5,), (2,)))
print(math.gcd(), math.gcd(0, -6), math.gcd(12, 18, 27, 6), math.lcm(), math.lcm(4, 6, 10), math.lcm(3, 0, 5))
print(math.gcd(2 ** 100, 6 ** 50), math.lcm(2 ** 64, 3))
print(math.comb(52, 5), math.comb(5, 7), math.comb(10 ** 20, 1), math.perm(6), math.perm(6, 0), math.perm(4, 6))
print(math.factorial(0), math.factorial(25), len(str(math.factorial(1000))), math.isqrt(0), math.isqrt(10 ** 40 - 1))
print(math.prod(range(1, 11)), math.prod([0.5, 4]), math.prod([], start=7), math.prod([[1]], start=2))
print(math.log(10 ** 400), math.log(2 ** 2000, 2), math.log10(10 ** 300), math.log2(2 ** 1100), math.log2(1024))
print(math.log(100, 10), math.log1p(-0.5), math.exp2(10), math.expm1(0), math.pow(2, -2), math.pow(-2, 3))
print(math.pow(float("nan"), 0), math.pow(1, float("nan")), math.pow(-1, float("inf")), math.pow(0.5, float("-inf")))
print(math.isclose(1, 1.0000000001), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(float("inf"), float("inf")))
print(math.isclose(0.0, 1e-12, abs_tol=1e-11), math.gamma(5), math.gamma(1), math.lgamma(1), math.lgamma(2))
print(math.floor(-0.0), math.ceil(1e-300), math.trunc(-7.9), math.floor(2 ** 70), math.ceil(True), math.degrees(0))
calls = [lambda: math.remainder(1, 0), lambda: math.remainder(float("inf"), 1), lambda: math.fmod(1, 0),
         lambda: math.ldexp(1.0, 1024), lambda: math.ldexp(1.0, 1.5), lambda: math.fsum([1e308, 1e308]),
         lambda: math.fsum([float("inf"), float("-inf")]), lambda: math.log(0.0), lambda: math.log(5, 1),
         lambda: math.log(-(10 ** 400)), lambda: math.pow(0, -2), lambda: math.pow(10, 400), lambda: math.pow(-8, 1 / 3),
         lambda: math.gamma(0), lambda: math.gamma(-3), lambda: math.gamma(180), lambda: math.lgamma(-1),
         lambda: math.perm(-2), lambda: math.comb(3, -1), lambda: math.factorial(1.0), lambda: math.isqrt(2.0),
         lambda: math.dist((1, 2), (1,)), lambda: math.isclose(1, 2, abs_tol=-1), lambda: math.trunc("3"),
         lambda: math.floor(None), lambda: math.sqrt(10 ** 400), lambda: math.exp(1000), lambda: math.atanh(1),
         lambda: math.acosh(0.5), lambda: math.cosh(1000), lambda: math.gcd(2, 3.0)]
for call in calls:
    try:
        print(call())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
class Pt:
    def __init__(self, v):
        self.v = v
    def __float__(self):
        return self.v
    def __floor__(self):
        return "floor!"
class Idx:
    def __index__(self):
        return 12
print(math.sqrt(Pt(16.0)), math.floor(Pt(2.5)), math.ceil(Pt(2.5)), math.gcd(Idx(), 8), math.isqrt(Idx()), math.comb(Idx(), 2))
