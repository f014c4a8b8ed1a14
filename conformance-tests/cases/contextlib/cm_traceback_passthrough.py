# Checks: an uncaught exception that passes through a @contextmanager generator which re-raises it with a bare `raise`: the printed traceback has no library frames; the chained KeyError is shown first
from contextlib import contextmanager

@contextmanager
def logging_cm():
    try:
        yield
    except Exception as e:
        print("logged", type(e).__name__)
        raise

def work(d):
    with logging_cm():
        try:
            return d["key"]
        except KeyError:
            raise LookupError("no key")

work({})
