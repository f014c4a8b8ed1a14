# Checks: an uncaught chained exception (raise ... from) prints both tracebacks with the "direct cause" separator.
def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError("could not load the value") from e
load("abc")
