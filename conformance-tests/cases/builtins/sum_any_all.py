# Checks: sum with start, floats and lists; any/all short-circuit on iterators.
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1] * 3), sum([[1], [2, 3]], []), sum([], 5), sum(range(101)))
print(sum([True, True, False]), sum([1, 2.5]), sum([1, 2], start=3))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
it = iter([0, 0, 1, 0, 5])
print(any(it), list(it))
it2 = iter([1, 1, 0, 1])
print(all(it2), list(it2))
print(any([]), all([]), any([None, ""]), all(["a", 1]), any("abc"), all([x > 0 for x in [1, 2]]))
