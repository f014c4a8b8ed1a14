# Checks: lexicographic tuple comparison, sorting tuples, and tuples with mixed types compared element-wise.
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 5), () < (0,), (1, "a") < (1, "b"))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print(max([(1, 2), (1, 10)]), min((3, 1), (3, 0)))
try:
    (1, 2) < (1, "x")
except TypeError as e:
    print(type(e).__name__, e)
print((1, "x") == (1, 2), (float("nan"),) == (float("nan"),))
n = float("nan")
print((n,) == (n,), [n] == [n])
