# Checks: throw() through yield from goes to the sub-generator first; handled there, or propagated to the outer.
def inner():
    while True:
        try:
            yield "inner waiting"
        except ValueError as e:
            print("inner caught ValueError", e)
            yield "inner recovered"

def outer():
    try:
        yield from inner()
    except KeyError as e:
        print("outer caught KeyError", e)
        yield "outer recovered"

g = outer()
print(next(g))
print(g.throw(ValueError("v1")))
print(next(g))
print(g.throw(KeyError("k1")))
try:
    next(g)
except StopIteration:
    print("stopped")

def inner2():
    yield 1
    yield 2

def outer2():
    try:
        yield from inner2()
    except TypeError as e:
        print("outer2 caught", type(e).__name__, e)
    yield "continues"

g = outer2()
print(next(g))
print(g.throw(TypeError, "tt"))
print(list(g))
