# Checks: sys.set_asyncgen_hooks argument checking (TypeError messages), partial updates, and get_asyncgen_hooks fields.
import sys

def fi(ag):
    pass

def fz(ag):
    pass

h = sys.get_asyncgen_hooks()
print(type(h).__name__, h.firstiter, h.finalizer, h[0], h[1], len(h))
for args, kwargs in [((1,), {}), ((None, 2), {}), ((), {"firstiter": "x"}), ((), {"finalizer": 3.5}), ((1, 2), {}), ((), {"bogus": fi}), ((fi, fz, fi), {})]:
    try:
        sys.set_asyncgen_hooks(*args, **kwargs)
        print("accepted")
    except TypeError as e:
        print(type(e).__name__, e)
print(sys.get_asyncgen_hooks() == (None, None))
sys.set_asyncgen_hooks(fi, fz)
sys.set_asyncgen_hooks(firstiter=None)
h = sys.get_asyncgen_hooks()
print(h.firstiter, h.finalizer is fz)
sys.set_asyncgen_hooks(finalizer=None)
sys.set_asyncgen_hooks(firstiter=fi)
h = sys.get_asyncgen_hooks()
print(h.firstiter is fi, h.finalizer)
try:
    sys.set_asyncgen_hooks(fz, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(sys.get_asyncgen_hooks().firstiter is fi)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
