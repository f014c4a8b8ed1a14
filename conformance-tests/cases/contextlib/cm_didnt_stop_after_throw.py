# Checks: @contextmanager whose generator catches the thrown exception and yields again: RuntimeError("generator didn't stop after throw()") with the body's exception as context; the generator stays suspended (closed here by hand)
from contextlib import contextmanager

@contextmanager
def catches_and_yields():
    try:
        yield 1
    except ValueError as e:
        print("generator caught", repr(e))
    try:
        yield 2
    finally:
        print("generator closed")

cm = catches_and_yields()
try:
    with cm:
        raise ValueError("boom")
except RuntimeError as e:
    print(type(e).__name__, e)
    print("context:", repr(e.__context__))
    print("cause:", e.__cause__)
print("suspended:", cm.gen.gi_frame is not None)
cm.gen.close()

cm = catches_and_yields()
cm.__enter__()
try:
    cm.__exit__(ValueError, ValueError("direct"), None)
except RuntimeError as e:
    print(e, "context:", e.__context__)
cm.gen.close()
print(cm.gen.gi_frame is None)

# Yielding again from inside the except clause.
@contextmanager
def yields_in_handler():
    try:
        yield
    except KeyError:
        yield "again"

cm = yields_in_handler()
try:
    with cm:
        raise KeyError("k")
except RuntimeError as e:
    print(e, repr(e.__context__))
cm.gen.close()

# An exception type that is not caught propagates as it is.
try:
    with yields_in_handler():
        raise IndexError("i")
except IndexError as e:
    print(type(e).__name__, e)

# __exit__ given only a type: the instance is created for the throw.
cm = catches_and_yields()
cm.__enter__()
try:
    cm.__exit__(ValueError, None, None)
except RuntimeError as e:
    print(e)
cm.gen.close()
