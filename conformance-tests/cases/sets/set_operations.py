# Checks: union/intersection/difference/symmetric difference via operators and methods; subset tests.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union([9], (8,))), sorted(a.intersection(range(3))), sorted(a.difference([1], [2])))
print(sorted(a.symmetric_difference([1, 10])))
print({1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a > a, a.issubset(range(10)), a.issuperset([1]))
print(a.isdisjoint({7, 8}), a.isdisjoint(b))
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__, e)
