# Checks: a sub-generator that handles a thrown exception and returns: its value is the yield from result in the outer.
def sub():
    try:
        yield "sub waiting"
    except KeyError as e:
        return "sub handled " + str(e)
    return "sub normal"

def outer():
    r = yield from sub()
    print("outer received", r)
    yield "outer next"

g = outer()
print(next(g))
print(g.throw(KeyError("k")))
g.close()

g = outer()
print(next(g))
print(next(g))
g.close()
