# Checks: throw() into an exhausted or closed generator simply raises the exception there.
def gen():
    yield 1

g = gen()
list(g)
for exc in [ValueError("after end"), KeyError, StopIteration("s")]:
    try:
        g.throw(exc)
    except BaseException as e:
        print(type(e).__name__, e)

h = gen()
next(h)
h.close()
try:
    h.throw(RuntimeError, "after close")
except Exception as e:
    print(type(e).__name__, e)
try:
    h.throw(GeneratorExit)
except BaseException as e:
    print(type(e).__name__, repr(e))
