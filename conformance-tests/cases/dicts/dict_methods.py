# Checks: get/setdefault/pop/popitem/update/copy/clear and their defaults and errors.
d = {"a": 1, "b": 2, "c": 3}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("a", 99), d.setdefault("d", 4), d)
print(d.pop("b"), d.pop("zz", "dflt"), d)
print(d.popitem(), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d)
c = d.copy()
c["a"] = "changed"
print(d["a"], c["a"])
d.clear()
print(d, len(d))
try:
    d.pop("nope")
except KeyError as e:
    print(type(e).__name__, e)
try:
    d.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}.update(1)
except TypeError as e:
    print(type(e).__name__, e)
