# Checks: del with negative indices and out-of-range, insert with negative indices, index with start.
a = list("abcdef")
del a[-1]
del a[0]
print(a)
try:
    del a[10]
except IndexError as e:
    print(type(e).__name__, e)
a.insert(-100, "start")
a.insert(-1, "before-last")
print(a)
print(a.index("c", 2), a.index("e", -3))
a[-1:] = []
print(a)
