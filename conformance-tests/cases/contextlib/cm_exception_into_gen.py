# Checks: an exception in the with body is thrown into the @contextmanager generator at its yield: the generator sees it, and re-raising it keeps its identity, traceback and chaining
from contextlib import contextmanager

@contextmanager
def observer(name):
    print(name, "enter")
    try:
        yield
    except Exception as e:
        print(name, "saw", type(e).__name__, e)
        raise
    finally:
        print(name, "finally")

err = ValueError("body error")
try:
    with observer("A"):
        raise err
except ValueError as e:
    print("same object:", e is err)
    print("context:", e.__context__)
    tb = e.__traceback__
    n = 0
    while tb is not None:
        n += 1
        tb = tb.tb_next
    print("traceback entries:", n)

# Nested managers: the exception goes through both, inner first.
try:
    with observer("outer"), observer("inner"):
        {}["missing"]
except KeyError as e:
    print("caught", repr(e))

# A bare `raise err` from the generator also keeps identity.
@contextmanager
def reraise_by_name():
    try:
        yield
    except ZeroDivisionError as e:
        raise e

try:
    with reraise_by_name():
        1 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e, e.__context__)

# The exception raised in the body while another is being handled keeps that context.
try:
    try:
        raise KeyError("first")
    except KeyError:
        with observer("C"):
            raise TypeError("second")
except TypeError as e:
    print(repr(e), "context", repr(e.__context__))

# A BaseException that is not an Exception passes through the except Exception clause.
try:
    with observer("D"):
        raise KeyboardInterrupt("ki")
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", e)
