# Checks: contextlib.suppress: one or several types, subclasses, non-matching exceptions propagate, suppress() with no types, __exit__ return values, reuse, BaseException types
from contextlib import suppress, AbstractContextManager

with suppress(ZeroDivisionError):
    1 / 0
    print("not reached")
print("after 1")

with suppress(KeyError, IndexError):
    [][3]
print("after 2")

with suppress(LookupError):
    {}["k"]
print("after 3 (subclass)")

try:
    with suppress(KeyError):
        raise ValueError("v")
except ValueError as e:
    print("propagated", e)

try:
    with suppress():
        raise TypeError("t")
except TypeError as e:
    print("nothing suppressed:", e)

s = suppress(OSError)
print(s.__enter__())
print(s.__exit__(None, None, None))
print(s.__exit__(FileNotFoundError, FileNotFoundError("f"), None))
print(s.__exit__(KeyError, KeyError("k"), None))
print(isinstance(s, AbstractContextManager))

# The same object can be used many times, and nested.
for i in range(3):
    with s:
        with s:
            raise OSError(i)
print("reused")

with suppress(KeyboardInterrupt, SystemExit):
    raise SystemExit(1)
print("SystemExit suppressed")

with suppress(Exception):
    pass
print("no exception")

def f():
    with suppress(StopIteration):
        next(iter([]))
        return "no"
    return "yes"
print(f())

# Exceptions raised while handling another: the outer one is still current afterwards.
import sys
try:
    raise KeyError("outer")
except KeyError:
    with suppress(ValueError):
        raise ValueError("inner")
    print(repr(sys.exc_info()[1]))

# A non-class argument fails only when an exception has to be checked.
bad = suppress("not a class")
with bad:
    pass
try:
    with bad:
        raise ValueError
except TypeError as e:
    print(type(e).__name__, e)
