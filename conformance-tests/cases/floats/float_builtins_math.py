# Checks: abs/min/max/sum/round on floats and math.floor/ceil/trunc returning ints.
import math
vals = [2.5, -3.7, 0.0, 1e-3, -1e3]
print([abs(v) for v in vals])
print([math.floor(v) for v in vals], [math.ceil(v) for v in vals], [math.trunc(v) for v in vals])
print(type(math.floor(2.5)).__name__, math.floor(-0.5), math.ceil(-0.5))
print(min(vals), max(vals), sum(vals))
print(divmod(-3.7, 1), math.modf(-3.7), math.modf(2.5))
print(math.copysign(3, -0.0), math.fabs(-2), math.fmod(-7, 2), -7 % 2)
