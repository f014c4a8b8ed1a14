# Checks: dict creation forms, lookup, insertion order, update of existing key keeps position, len, in.
d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, len(d), "a" in d, 2 in d, d["c"])
print(dict(x=1, y=2), dict([("k", "v"), ("k2", "v2")]), dict({"z": 0}, w=1), dict(), {})
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
print({1: "int", 1.0: "float", True: "bool"})
print({"dup": 1, "dup": 2})
try:
    d["missing"]
except KeyError as e:
    print(type(e).__name__, e, repr(e), e.args)
try:
    d[[1]]
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print(type(e).__name__, e)
