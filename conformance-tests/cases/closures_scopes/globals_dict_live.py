# Checks: globals() is live both ways (writes, deletes, update/pop), names added to builtins, locals() in closures and class bodies, dir()/vars() at module level.
import sys
x = 1
def f():
    globals()["created"] = "yes"
    g = globals()
    g["x"] += 1
    del g["x"]
f()
print(created)
try:
    x
except NameError as e:
    print(type(e).__name__, e)
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return sorted(locals().items())
    return inc
print(counter()())
class K:
    a = 1
    snapshot = sorted(locals())
print(K.snapshot)
print([k for k in dir() if not k.startswith("_")])
print(vars() is globals(), "K" in vars())
len = lambda s: 99
print(len("abc"))
del len
print(len("abc"))
import builtins
builtins.my_helper = lambda: "helper from builtins"
print(my_helper())
del builtins.my_helper
try:
    my_helper()
except NameError as e:
    print(type(e).__name__, e)
globals().update({"u1": 1, "u2": 2})
print(u1 + u2)
globals().pop("u1")
try:
    print(u1)
except NameError as e:
    print(type(e).__name__, e)
for i in range(3):
    globals()[f"v{i}"] = i * i
print(v0, v1, v2)
print(sys.modules[__name__].v2)
