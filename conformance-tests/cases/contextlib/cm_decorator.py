# Checks: a @contextmanager function used as a decorator (ContextDecorator): a fresh generator per call, the wrapper's metadata, exceptions and return values of the decorated function
from contextlib import contextmanager, ContextDecorator

calls = []

@contextmanager
def traced(name):
    """Trace a block."""
    calls.append("enter " + name)
    try:
        yield
    except Exception as e:
        calls.append("error " + type(e).__name__)
        raise
    finally:
        calls.append("exit " + name)

@traced("add")
def add(a, b=10):
    """Adds."""
    calls.append("add body")
    return a + b

print(add(1), add(2, b=3))
print(calls)
print(add.__name__, add.__doc__, add.__wrapped__.__name__)

calls.clear()
@traced("fail")
def fail():
    raise ZeroDivisionError("nope")

for i in range(2):
    try:
        fail()
    except ZeroDivisionError as e:
        print("caught", e)
print(calls)

cm = traced("doc")
print(cm.__doc__)
print(isinstance(cm, ContextDecorator))

@contextmanager
def undocumented():
    yield

print(undocumented().__doc__)
print(traced.__name__, traced.__doc__)
print(traced.__wrapped__.__name__)

# A context manager object decorates: each call recreates it from the same arguments.
deco = traced("shared")
@deco
def g(x):
    return x * 2
calls.clear()
print(g(1), g(2))
print(calls)

# Decorating a method.
class C:
    @traced("method")
    def m(self, y):
        return ("m", y)

calls.clear()
print(C().m(5), calls)

# Suppressing decorator: the call returns None.
@contextmanager
def quiet():
    try:
        yield
    except LookupError:
        pass

@quiet()
def lookup(d):
    return d["x"]

print(lookup({"x": 1}), lookup({}))
