# Checks: keys/values/items views: live updates, reprs, set operations on keys/items, membership, len.
d = {"a": 1, "b": 2}
k, v, it = d.keys(), d.values(), d.items()
d["c"] = 3
print(k, v, it)
print(len(k), "a" in k, 2 in v, ("b", 2) in it, ("b", 3) in it)
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(list(reversed(k)), list(reversed(it)))
print(k == {"a", "b", "c"}, list(v) == [1, 2, 3], v == v)
print(type(k).__name__, type(v).__name__, type(it).__name__)
del d["a"]
print(list(k), list(v), list(it))
