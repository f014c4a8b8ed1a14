# Checks: sys.exc_info()/sys.exception() in handlers, finally blocks, __exit__ and called functions; bare raise in finally; state restored after handlers.
import sys

def show(where):
    exc = sys.exception()
    print(where, repr(exc), sys.exc_info()[0].__name__ if exc else None)

def seen_by_callee():
    show("  callee")

try:
    raise KeyError("handled")
except KeyError:
    show("except")
    seen_by_callee()
show("after")

def with_finally():
    try:
        raise ValueError("in flight")
    finally:
        show("finally")
try:
    with_finally()
except ValueError:
    pass

try:
    try:
        raise TypeError("re-raised in finally")
    finally:
        show("finally before raise")
except TypeError as err:
    print("caught", repr(err))

def plain_finally():
    try:
        return "value"
    finally:
        show("finally without error")
print(plain_finally())

class Manager:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        show("__exit__")
        print("  tb is ev.__traceback__:", tb is (ev.__traceback__ if ev else None))
        return True

with Manager():
    raise IndexError("suppressed")
with Manager():
    pass
show("end")

try:
    raise ValueError("outer")
except ValueError:
    try:
        raise KeyError("inner")
    except KeyError:
        show("inner handler")
    show("outer handler again")
