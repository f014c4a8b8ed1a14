# Checks: the traceback of an uncaught exception raised in a @contextmanager body and re-raised by the generator: contextlib restores the original traceback, so only the program's frames show
from contextlib import contextmanager

@contextmanager
def managed():
    print("setup")
    try:
        yield
    finally:
        print("cleanup")

def inner():
    raise ValueError("failure in body")

def outer():
    with managed():
        inner()

outer()
