# Checks: ExitStack.__exit__ fixes the __context__ of exceptions raised by callbacks so the chain matches nested with statements: each new exception's context is the one left by the callbacks that ran before
from contextlib import ExitStack

def chain(e):
    names = []
    while e is not None:
        names.append(f"{type(e).__name__}({', '.join(map(str, e.args))})")
        e = e.__context__
    return " <- ".join(names)

class RaiseExc:
    def __init__(self, exc):
        self.exc = exc
    def __enter__(self):
        return self
    def __exit__(self, *exc_details):
        raise self.exc

class RaiseExcWithContext:
    def __init__(self, outer, inner):
        self.outer = outer
        self.inner = inner
    def __enter__(self):
        return self
    def __exit__(self, *exc_details):
        try:
            raise self.inner
        except:
            raise self.outer

class SuppressExc:
    def __enter__(self):
        return self
    def __exit__(self, *exc_details):
        print("suppressing", exc_details[0].__name__)
        return True

# Reference: nested with statements.
try:
    with RaiseExc(IndexError("i")):
        with RaiseExcWithContext(KeyError("k"), AttributeError("a")):
            with SuppressExc():
                with RaiseExc(ValueError("v")):
                    1 / 0
except IndexError as exc:
    print("nested :", chain(exc))

# The same with an ExitStack.
try:
    with ExitStack() as stack:
        stack.enter_context(RaiseExc(IndexError("i")))
        stack.enter_context(RaiseExcWithContext(KeyError("k"), AttributeError("a")))
        stack.enter_context(SuppressExc())
        stack.enter_context(RaiseExc(ValueError("v")))
        1 / 0
except IndexError as exc:
    print("stack  :", chain(exc))

# Without suppression the whole chain is kept.
try:
    with ExitStack() as stack:
        stack.enter_context(RaiseExc(KeyError("outer")))
        stack.enter_context(RaiseExc(ValueError("inner")))
        raise ZeroDivisionError("body")
except KeyError as exc:
    print("stack  :", chain(exc))

try:
    with RaiseExc(KeyError("outer")):
        with RaiseExc(ValueError("inner")):
            raise ZeroDivisionError("body")
except KeyError as exc:
    print("nested :", chain(exc))

# Callbacks raising without a body exception.
def raiser(exc):
    raise exc

try:
    with ExitStack() as stack:
        stack.callback(raiser, OSError("first registered"))
        stack.callback(raiser, EOFError("second registered"))
except OSError as exc:
    print("stack  :", chain(exc))

# A callback raises the exception it was given: no cycle.
def reraise(typ, val, tb):
    raise val

try:
    with ExitStack() as stack:
        stack.push(reraise)
        stack.push(reraise)
        raise LookupError("same")
except LookupError as exc:
    print("same   :", chain(exc), exc.__context__ is None)

# Exceptions raised while another exception is being handled around the stack.
try:
    try:
        raise NameError("handled")
    except NameError:
        with ExitStack() as stack:
            stack.callback(raiser, TypeError("cb"))
            raise RuntimeError("body")
except TypeError as exc:
    print("handled:", chain(exc))

try:
    try:
        raise NameError("handled")
    except NameError:
        with ExitStack() as stack:
            stack.callback(raiser, TypeError("cb"))
except TypeError as exc:
    print("handled:", chain(exc))
