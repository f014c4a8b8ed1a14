# Checks: async_generator's get_asyncgen_hooks/set_asyncgen_hooks: positional and keyword forms, partial updates, None resets, TypeError for non-callables, and the same hooks seen through sys.
import sys
from async_generator import get_asyncgen_hooks, set_asyncgen_hooks

def one(agen):
    pass

def two(agen):
    pass

def show():
    names = {one: "one", two: "two", None: "None"}
    h = get_asyncgen_hooks()
    s = sys.get_asyncgen_hooks()
    print(" ", names[h[0]], names[h[1]], "| via attributes:", names[h.firstiter], names[h.finalizer],
          "| sys agrees:", s == h)

old = get_asyncgen_hooks()
set_asyncgen_hooks(None, None)
show()
set_asyncgen_hooks(finalizer=two)
show()
set_asyncgen_hooks(firstiter=one)
show()
set_asyncgen_hooks(finalizer=None, firstiter=two)
show()
set_asyncgen_hooks(None, one)
show()
set_asyncgen_hooks(*(one, two))
show()
sys.set_asyncgen_hooks(two, None)
show()
for kwargs in ({"firstiter": 42}, {"finalizer": False}):
    try:
        set_asyncgen_hooks(**kwargs)
    except TypeError as e:
        print("TypeError", e)
show()
set_asyncgen_hooks()
show()
set_asyncgen_hooks(*old)
show()
