# Checks: keys of various hashable types (int/float equality, tuples, None, frozenset, bool) and unhashable errors.
d = {}
d[1] = "one"
d[1.0] = "one-float"
d[(1, 2)] = "tuple"
d[None] = "none"
d[frozenset([1])] = "fs"
d["1"] = "str"
print(d)
print(d[True], d[frozenset({1})], len(d))
for bad in ([1], {"a": 1}, {1}):
    try:
        d[bad] = 0
    except TypeError as e:
        print(type(e).__name__, e)
