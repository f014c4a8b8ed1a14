# Checks: @contextmanager over a generator that yields twice: RuntimeError("generator didn't stop") on a normal exit; 3.11.2 leaves the generator suspended (closed here by hand)
from contextlib import contextmanager

@contextmanager
def twice():
    try:
        yield 1
        print("resumed")
        yield 2
        print("never")
    finally:
        print("generator finally")

cm = twice()
try:
    with cm as v:
        print("body", v)
    print("not reached")
except RuntimeError as e:
    print(type(e).__name__, e)
    print(e.__context__, e.__cause__)
print("suspended:", cm.gen.gi_frame is not None)
cm.gen.close()
print("closed:", cm.gen.gi_frame is None)

cm = twice()
print(cm.__enter__())
try:
    cm.__exit__(None, None, None)
except RuntimeError as e:
    print(e)
try:
    next(cm.gen)
except StopIteration:
    print("exhausted")

# Inside an except block, the error's context is the exception being handled.
cm = twice()
try:
    try:
        raise KeyError("handled")
    except KeyError:
        with cm:
            pass
except RuntimeError as e:
    print(e, "context:", repr(e.__context__))
cm.gen.close()

# The generator's second yield is inside a loop: still "didn't stop".
@contextmanager
def looping():
    for i in range(3):
        yield i

cm = looping()
try:
    with cm as first:
        print("first", first)
except RuntimeError as e:
    print(e)
print(list(cm.gen))
