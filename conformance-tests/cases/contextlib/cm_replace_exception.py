# Checks: a @contextmanager generator that raises another exception replaces the body's: the new one propagates, with the original as __context__ (or __cause__ with `from`)
from contextlib import contextmanager

@contextmanager
def translate():
    try:
        yield
    except KeyError as e:
        raise LookupError("translated " + str(e))

try:
    with translate():
        raise KeyError("k")
except LookupError as e:
    print(type(e).__name__, e)
    print("context:", repr(e.__context__), "cause:", e.__cause__)

@contextmanager
def translate_from():
    try:
        yield
    except KeyError as e:
        raise ValueError("from") from e

try:
    with translate_from():
        raise KeyError("k2")
except ValueError as e:
    print("cause:", repr(e.__cause__), e.__suppress_context__)

@contextmanager
def translate_from_none():
    try:
        yield
    except KeyError:
        raise ValueError("hidden") from None

try:
    with translate_from_none():
        raise KeyError("k3")
except ValueError as e:
    print(e, repr(e.__context__), e.__cause__, e.__suppress_context__)

# Raising in finally replaces the exception too.
@contextmanager
def finally_raises():
    try:
        yield
    finally:
        raise OSError("cleanup failed")

try:
    with finally_raises():
        raise IndexError("body")
except OSError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))

# Without an exception in the body, the cleanup error is the only one.
try:
    with finally_raises():
        pass
except OSError as e:
    print(type(e).__name__, e, "context:", e.__context__)

# The generator raises a new RuntimeError: it propagates (not the thrown one).
@contextmanager
def new_runtime():
    try:
        yield
    except RuntimeError:
        raise RuntimeError("new")

original = RuntimeError("original")
try:
    with new_runtime():
        raise original
except RuntimeError as e:
    print(e, e is original, e.__context__ is original)
