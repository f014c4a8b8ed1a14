# Checks: dict preserves insertion order; deleting and reinserting moves a key to the end; iteration mutation error.
d = {}
for w in ["pear", "apple", "fig", "kiwi"]:
    d[w] = len(w)
print(list(d))
del d["apple"]
d["apple"] = 5
print(list(d))
for k in d:
    print(k, d[k])
try:
    for k in d:
        d[k + "!"] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
d2 = {"x": 1}
try:
    for k in d2:
        del d2[k]
except RuntimeError as e:
    print(type(e).__name__, e)
d3 = {"a": 1, "b": 2}
for k in d3:
    d3[k] *= 10
print(d3)
