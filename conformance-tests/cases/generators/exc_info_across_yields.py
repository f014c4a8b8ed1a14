# Checks: sys.exc_info() inside a generator suspended in an except block is restored on resume; the caller's is separate.
import sys

def name():
    t = sys.exc_info()[0]
    return t.__name__ if t else None

def gen():
    print("gen start sees", name())
    try:
        raise ValueError("in gen")
    except ValueError:
        print("gen handler sees", name())
        yield 1
        print("gen handler after resume sees", name())
        yield 2
        print("gen handler at end sees", name())
    print("gen after handler sees", name())
    yield 3

g = gen()
print("caller before", name())
next(g)
print("caller after first yield sees", name())
try:
    raise KeyError("in caller")
except KeyError:
    print("caller handler sees", name())
    next(g)
    print("caller handler after gen yield sees", name())
next(g)
print("caller at end sees", name())

def raise_bare():
    try:
        raise IndexError("kept across yield")
    except IndexError:
        yield "suspended"
        raise

r = raise_bare()
next(r)
try:
    raise TypeError("caller's own")
except TypeError:
    try:
        next(r)
    except IndexError as e:
        print("bare raise re-raised", repr(e))
