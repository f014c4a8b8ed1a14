# Checks: accumulated floating point sums print with full repr precision, and sum() vs math.fsum.
import math
t = 0.0
for _ in range(10):
    t += 0.1
print(t, sum([0.1] * 10), math.fsum([0.1] * 10))
vals = [1e16, 1.0, -1e16]
print(sum(vals), math.fsum(vals))
print(sum([0.5, 0.25], 1), sum(range(5), 0.0))
avg = sum([3, 4, 4]) / 3
print(avg, f"{avg:.3f}")
