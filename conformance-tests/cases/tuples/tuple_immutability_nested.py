# Checks: a tuple holding a mutable list: the list may change, the tuple may not.
t = ([1], "s")
t[0].append(2)
print(t)
try:
    t[1] += "x"
except TypeError as e:
    print(type(e).__name__, e)
print(t, len(t))
u = t + ([3],)
u[2].append(4)
print(u, t)
