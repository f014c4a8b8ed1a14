# Checks: contextlib.closing calls close() on exit (normal, exception, return), returns the thing from __enter__, never suppresses, and lets close() errors chain
from contextlib import closing, AbstractContextManager

class Resource:
    def __init__(self, name):
        self.name = name
        self.closed = False
    def close(self):
        print("close", self.name)
        self.closed = True

with closing(Resource("r1")) as r:
    print("using", r.name, r.closed)
print(r.closed)

try:
    with closing(Resource("r2")) as r:
        raise ValueError("body")
except ValueError as e:
    print("propagated", e, r.closed)

def f():
    with closing(Resource("r3")):
        return "returned"
print(f())

c = closing(Resource("r4"))
print(isinstance(c, AbstractContextManager), c.thing.name)
print(c.__enter__() is c.thing)
print(c.__exit__(None, None, None))

class BadClose:
    def close(self):
        raise OSError("close failed")

try:
    with closing(BadClose()):
        raise KeyError("k")
except OSError as e:
    print(type(e).__name__, e, repr(e.__context__))

try:
    with closing(42):
        print("body ran")
except AttributeError as e:
    print(type(e).__name__, e)

# Any object with close(), e.g. a generator.
def numbers():
    try:
        yield 1
        yield 2
    finally:
        print("generator closed")

with closing(numbers()) as g:
    print(next(g))
