# Checks: StopIteration and RuntimeError in a @contextmanager body: PEP 479 inside the generator, and 3.11's rules that re-raise the original exception object
from contextlib import contextmanager

@contextmanager
def plain():
    yield

@contextmanager
def catch_all():
    try:
        yield
    except Exception as e:
        print("catch_all saw", type(e).__name__)
        raise

for cm in (plain, catch_all):
    stop = StopIteration("stop")
    try:
        with cm():
            raise stop
    except StopIteration as e:
        print(cm.__name__, "StopIteration, same:", e is stop, e.__context__, e.__cause__)
    except RuntimeError as e:
        print(cm.__name__, "RuntimeError", e)

# A StopIteration subclass is also re-raised as itself.
class MyStop(StopIteration):
    pass

s = MyStop(1)
try:
    with plain():
        raise s
except StopIteration as e:
    print(type(e).__name__, e is s)

# The generator itself raises StopIteration after the throw: PEP 479 makes a RuntimeError
# whose cause is not the thrown exception, so it propagates.
@contextmanager
def raises_stop():
    try:
        yield
    except KeyError:
        raise StopIteration("inner")

try:
    with raises_stop():
        raise KeyError("k")
except RuntimeError as e:
    print(type(e).__name__, e, "cause:", repr(e.__cause__), "context:", repr(e.__context__.__context__))

# ... and when nothing was thrown in.
@contextmanager
def stop_on_exit():
    yield
    raise StopIteration("late")

try:
    with stop_on_exit():
        pass
except RuntimeError as e:
    print(e, repr(e.__cause__))

# A RuntimeError from the body passes through, identical.
r = RuntimeError("body")
try:
    with plain():
        raise r
except RuntimeError as e:
    print("same RuntimeError:", e is r, e.__context__)

# StopIteration thrown with a generator that returns: exc is value, so not suppressed.
cm = plain()
cm.__enter__()
v = StopIteration(9)
try:
    print(cm.__exit__(StopIteration, v, None))
except StopIteration as e:
    print("raised", e is v)
else:
    pass

# The generator catches the StopIteration and returns: suppressed.
@contextmanager
def swallow_stop():
    try:
        yield
    except StopIteration:
        print("swallowed")

with swallow_stop():
    raise StopIteration
print("continued")
