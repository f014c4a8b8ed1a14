# Checks: a @contextmanager generator that catches the thrown exception and returns suppresses it; __exit__ returns True; uncaught ones are not suppressed
from contextlib import contextmanager

@contextmanager
def ignoring(*types):
    try:
        yield
    except types as e:
        print("ignored", type(e).__name__, e)

with ignoring(ValueError):
    raise ValueError("one")
print("after one")

with ignoring(ValueError, KeyError):
    raise KeyError("two")
print("after two")

try:
    with ignoring(ValueError):
        raise TypeError("three")
except TypeError as e:
    print("propagated", e)

cm = ignoring(LookupError)
cm.__enter__()
print(cm.__exit__(IndexError, IndexError("x"), None))

cm = ignoring(LookupError)
cm.__enter__()
try:
    cm.__exit__(ZeroDivisionError, ZeroDivisionError("y"), None)
except ZeroDivisionError as e:
    print("__exit__ raised", e)

# Suppressing inside a function: execution continues after the with statement.
def f():
    with ignoring(ZeroDivisionError):
        x = 1 / 0
        return "not here"
    return "after with"
print(f())

# The generator may run code after catching.
@contextmanager
def count_errors(counter):
    try:
        yield counter
    except Exception:
        counter.append(1)
    print("errors so far:", len(counter))

c = []
for i in range(4):
    with count_errors(c):
        if i % 2:
            raise RuntimeError(i)
print(len(c))
