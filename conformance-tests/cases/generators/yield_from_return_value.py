# Checks: the value of a yield from expression is the sub-generator's return value (None when none).
def sub(n):
    for i in range(n):
        yield i
    return n * 100

def no_return():
    yield "a"

def returns_immediately():
    return "instant"
    yield

def outer():
    a = yield from sub(2)
    print("a =", a)
    b = yield from no_return()
    print("b =", b)
    c = yield from returns_immediately()
    print("c =", c)
    d = yield from []
    print("d =", d)
    e = (yield from sub(1)) + 1
    print("e =", e)
    return [a, b, c, d, e]

g = outer()
vals = []
try:
    while True:
        vals.append(next(g))
except StopIteration as ex:
    print("values", vals)
    print("return", ex.value)
