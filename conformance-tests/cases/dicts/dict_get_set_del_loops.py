# Checks: building dicts in loops, deleting during a loop over list(d), and KeyError repr of tuple/str keys.
d = {i: i * i for i in range(10)}
for k in list(d):
    if k % 3:
        del d[k]
print(d)
try:
    d[(1, 2)]
except KeyError as e:
    print(repr(e), str(e))
try:
    d["it's"]
except KeyError as e:
    print(repr(e), str(e))
try:
    {}[""]
except KeyError as e:
    print(repr(e), str(e))
