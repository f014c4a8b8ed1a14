# Checks: ContextDecorator as a base class: a class-based context manager used as a decorator, _recreate_cm, exceptions and suppression through the decorated function
from contextlib import ContextDecorator

class mycontext(ContextDecorator):
    def __init__(self, label, suppress=False):
        self.label = label
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.label)
        return self
    def __exit__(self, typ, val, tb):
        print("exit", self.label, typ.__name__ if typ else None)
        return self.suppress

@mycontext("f")
def f(x, *, y=1):
    "f's doc"
    print("f body", x, y)
    return x + y

print(f(1, y=2))
print(f.__name__, f.__doc__)

with mycontext("plain") as c:
    print(type(c).__name__)

@mycontext("raises")
def raises():
    raise ValueError("bad")

try:
    raises()
except ValueError as e:
    print("caught", e)

@mycontext("suppressing", suppress=True)
def suppressed():
    raise ValueError("hidden")

print(suppressed())

class counting(ContextDecorator):
    created = 0
    def __init__(self):
        counting.created += 1
        self.depth = 0
    def _recreate_cm(self):
        return counting()
    def __enter__(self):
        self.depth += 1
        return self
    def __exit__(self, *exc):
        self.depth -= 1
        return False

@counting()
def g():
    return "g"

print(g(), g(), counting.created)

# The mixin with another base.
class Base:
    def __enter__(self):
        print("Base enter")
    def __exit__(self, *a):
        print("Base exit")

class Mixed(ContextDecorator, Base):
    pass

@Mixed()
def h():
    print("h")
h()
print(Mixed.__mro__[1].__name__)
