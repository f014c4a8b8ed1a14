# Checks: __context__ chaining of exceptions raised in generators, across yields and through yield from.
def inner():
    try:
        yield 1
        raise KeyError("inner key")
    except KeyError:
        yield 2
        raise ValueError("inner value")

def outer():
    try:
        yield from inner()
    except ValueError as e:
        print("outer caught", repr(e), "context", repr(e.__context__))
        raise TypeError("outer type")

g = outer()
try:
    for v in g:
        print("got", v)
except TypeError as e:
    print(repr(e), "<-", repr(e.__context__), "<-", repr(e.__context__.__context__))
    print(e.__context__.__context__.__context__)

def handler_yields():
    try:
        raise IndexError("first")
    except IndexError:
        yield "in handler"
        raise OSError("second")

g = handler_yields()
print(next(g))
try:
    next(g)
except OSError as e:
    print(repr(e), "context:", repr(e.__context__))

def thrown_context():
    try:
        raise LookupError("original")
    except LookupError:
        yield "waiting in except"

g = thrown_context()
next(g)
try:
    g.throw(RuntimeError("thrown in"))
except RuntimeError as e:
    print(repr(e), "context:", repr(e.__context__))
