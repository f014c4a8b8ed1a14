# Checks: StopIteration raised inside a sub-generator becomes RuntimeError there; returns pass values through yield from.
def bad_sub():
    yield 1
    raise StopIteration("explicit")

def outer(sub):
    try:
        r = yield from sub
        print("outer got return", repr(r))
    except RuntimeError as e:
        print("outer caught", type(e).__name__, e, "| cause", repr(e.__cause__))
    yield "outer continues"

print(list(outer(bad_sub())))

def good_sub():
    yield 1
    return StopIteration("returned as a value")

print(list(outer(good_sub())))

class IterStop:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("iterator value")

print(list(outer(IterStop())))

def thrower():
    yield "x"

g = outer(thrower())
next(g)
try:
    g.throw(StopIteration("thrown"))
except RuntimeError as e:
    print("thrown StopIteration ->", type(e).__name__, e)
