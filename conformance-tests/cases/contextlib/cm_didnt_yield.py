# Checks: @contextmanager over a generator that returns without yielding: RuntimeError("generator didn't yield") raised from None; a generator function that raises before yielding lets its exception through
from contextlib import contextmanager

@contextmanager
def empty():
    print("running")
    return
    yield

try:
    with empty():
        print("never")
except RuntimeError as e:
    print(type(e).__name__, e)
    print(e.__cause__, e.__context__, e.__suppress_context__)

@contextmanager
def returns_value():
    return 5
    yield

try:
    with returns_value() as v:
        print("never")
except RuntimeError as e:
    print(type(e).__name__, e)

@contextmanager
def fails_early():
    raise ValueError("setup failed")
    yield

try:
    with fails_early():
        print("never")
except ValueError as e:
    print(type(e).__name__, e, e.__context__)

# Not a generator at all: the call works, entering fails in next().
@contextmanager
def not_a_generator():
    return [1, 2]

cm = not_a_generator()
try:
    with cm:
        pass
except TypeError as e:
    print(type(e).__name__, e)

# Inside an except block the RuntimeError still hides its context.
try:
    try:
        raise KeyError("outer")
    except KeyError:
        with empty():
            pass
except RuntimeError as e:
    print(e, repr(e.__context__), e.__suppress_context__)
