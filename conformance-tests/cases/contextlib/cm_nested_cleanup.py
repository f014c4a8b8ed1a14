# Checks: nested @contextmanager blocks: cleanup order, a cleanup error replacing the body's exception with chaining, and an outer manager seeing the inner one's error
from contextlib import contextmanager

@contextmanager
def res(name, fail_on_cleanup=False):
    print("acquire", name)
    try:
        yield name
    except BaseException as e:
        print(name, "saw", type(e).__name__, e)
        raise
    finally:
        print("release", name)
        if fail_on_cleanup:
            raise OSError("cannot release " + name)

with res("a") as a, res("b") as b, res("c") as c:
    print("using", a, b, c)

try:
    with res("outer"):
        with res("inner", fail_on_cleanup=True):
            raise ValueError("body")
except OSError as e:
    print("final:", type(e).__name__, e)
    print("context:", repr(e.__context__))
    print("context's context:", e.__context__.__context__)

try:
    with res("x", fail_on_cleanup=True):
        with res("y", fail_on_cleanup=True):
            pass
except OSError as e:
    print("final:", e, "| context:", e.__context__)
    print("context's context:", e.__context__.__context__)
