# Checks: next(gen, default) returns the default only at exhaustion; other exceptions pass through; return value ignored.
def gen():
    yield 1
    return "return value ignored by next()"

g = gen()
print(next(g, "d"), next(g, "d"), next(g, "d"))

def failing():
    yield 1
    raise KeyError("not swallowed")

g = failing()
print(next(g, "d"))
try:
    next(g, "d")
except KeyError as e:
    print("KeyError", e)
print(next(g, "d after error"))
try:
    next(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(gen, 1)
except TypeError as e:
    print(type(e).__name__, e)
