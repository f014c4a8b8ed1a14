# Checks: RuntimeError through @contextmanager: the body's RuntimeError re-raised as the same object, a generator that wraps it in a new RuntimeError, and generator errors without a body exception
from contextlib import contextmanager

@contextmanager
def passthrough():
    yield "p"

@contextmanager
def wrapper():
    try:
        yield
    except RuntimeError as e:
        raise RuntimeError("wrapped: " + str(e)) from e

body = RuntimeError("body")
try:
    with passthrough():
        raise body
except RuntimeError as e:
    print(e, e is body)

try:
    with wrapper():
        raise RuntimeError("inner")
except RuntimeError as e:
    print(e, "cause:", repr(e.__cause__))

# A RecursionError is a RuntimeError subclass: also re-raised identical.
rec = RecursionError("deep")
try:
    with passthrough():
        raise rec
except RecursionError as e:
    print(type(e).__name__, e is rec)

# NotImplementedError (a RuntimeError) caught and replaced inside the generator.
@contextmanager
def convert():
    try:
        yield
    except NotImplementedError as e:
        raise TypeError("converted") from None

try:
    with convert():
        raise NotImplementedError("x")
except TypeError as e:
    print(e, e.__suppress_context__, repr(e.__context__))

# The generator raises after its only yield, without an exception in the body.
@contextmanager
def fails_on_exit():
    yield
    raise RuntimeError("exit failed")

try:
    with fails_on_exit():
        print("body ran")
except RuntimeError as e:
    print(e, e.__context__)
