# Checks: a thrown exception caught and the generator returns: throw() raises StopIteration carrying the return value.
def gen():
    try:
        yield 1
    except ValueError as e:
        print("caught", e)
        return "returned after throw"

g = gen()
next(g)
try:
    g.throw(ValueError("x"))
except StopIteration as e:
    print("StopIteration value:", e.value)

def gen2():
    try:
        yield 1
    except ValueError:
        pass
    print("falls off the end")

g = gen2()
next(g)
try:
    g.throw(ValueError)
except StopIteration as e:
    print("StopIteration value:", e.value)

def gen3():
    try:
        yield 1
    except ValueError as e:
        raise TypeError("converted") from e

g = gen3()
next(g)
try:
    g.throw(ValueError("orig"))
except TypeError as e:
    print(type(e).__name__, e, "cause:", repr(e.__cause__))
