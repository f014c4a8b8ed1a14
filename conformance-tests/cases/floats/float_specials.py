# Checks: inf and nan: arithmetic, comparisons, repr, and conversion errors.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(nan), str(-inf))
print(inf + 1, inf - inf, inf * 0, -inf * -1, 1 / inf, inf / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf > 1e308, -inf < -1e308)
print(inf == inf, [nan] == [nan], nan in [nan])
import math
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1e308), math.isfinite(nan))
print(float("INF"), float("-nan"), float("+inf"), float("infinity"))
try:
    int(inf)
except OverflowError as e:
    print(type(e).__name__, e)
print(1e308 * 10, -1e308 * 10)
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__, e)
print(max(1.0, nan), max(nan, 1.0))
