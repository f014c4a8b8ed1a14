# Checks: a generator started inside the caller's except block sees the caller's exception; its own handlers restore it.
import sys

def show(label):
    print(label, repr(sys.exc_info()[1]))

def gen():
    show("gen body (started inside caller handler):")
    yield
    show("gen body resumed outside caller handler:")
    try:
        raise OSError("gen own")
    except OSError:
        show("gen handler:")
    show("gen after its handler:")
    yield

g = gen()
try:
    raise LookupError("caller")
except LookupError:
    next(g)
show("caller after handler:")
next(g)
show("caller at end:")

def thrower():
    try:
        yield
    except ValueError:
        show("handling thrown:")
        yield
        show("still handling thrown after resume:")
    show("after handling thrown:")
    yield

t = thrower()
next(t)
t.throw(ValueError("thrown"))
show("caller between:")
next(t)
next(t, None)
