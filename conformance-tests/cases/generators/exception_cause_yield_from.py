# Checks: raise ... from inside generators, cause survives yield from; from None suppresses context.
def inner():
    yield "inner"
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("bad lookup") from e

def outer():
    try:
        yield from inner()
    except ValueError as e:
        raise RuntimeError("outer failed") from None

g = outer()
next(g)
try:
    next(g)
except RuntimeError as e:
    print(repr(e), e.__cause__, e.__suppress_context__, repr(e.__context__))
    print(repr(e.__context__.__cause__))

def gen_cause():
    try:
        yield
    except Exception as e:
        raise LookupError("converted") from e

g = gen_cause()
next(g)
try:
    g.throw(ZeroDivisionError("zero"))
except LookupError as e:
    print(repr(e), "cause", repr(e.__cause__), e.__cause__ is e.__context__)
