# Checks: map/filter are lazy one-shot iterators; map with multiple iterables stops at the shortest.
m = map(lambda x: x * 10, [1, 2, 3])
print(type(m).__name__, next(m), list(m), list(m))
f = filter(lambda s: s.isupper(), "aBcDE")
print(type(f).__name__, "".join(f), list(f))
print(list(map(str.upper, ["a", "b"])), list(map(max, [1, 5], [4, 2], [3, 3])))
print(list(filter(None, [0, 1, [], [0], "", "x"])))
log = []
lazy = map(lambda x: log.append(x) or x, [1, 2, 3])
print(log)
first = next(lazy)
print(first, log)
try:
    map(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(len, [1]))
except TypeError as e:
    print(type(e).__name__, e)
