# Checks: BaseException subclasses through @contextmanager: KeyboardInterrupt/SystemExit passed through with identity, GeneratorExit from the body, a generator that catches BaseException
from contextlib import contextmanager

@contextmanager
def plain():
    try:
        yield
    finally:
        print("cleanup")

@contextmanager
def catch_everything():
    try:
        yield
    except BaseException as e:
        print("swallowed", type(e).__name__)

for exc in (KeyboardInterrupt("ki"), SystemExit(3), GeneratorExit()):
    try:
        with plain():
            raise exc
    except BaseException as e:
        print(type(e).__name__, e is exc, e.args)
    with catch_everything():
        raise exc
    print("after", type(exc).__name__)

class Custom(BaseException):
    pass

try:
    with plain():
        raise Custom("c")
except BaseException as e:
    print(type(e).__name__, e)

# The generator converts SystemExit.
@contextmanager
def no_exit():
    try:
        yield
    except SystemExit as e:
        raise RuntimeError(f"exit refused ({e.code})")

try:
    with no_exit():
        raise SystemExit(5)
except RuntimeError as e:
    print(e, repr(e.__context__))
