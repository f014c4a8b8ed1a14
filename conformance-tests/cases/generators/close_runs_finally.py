# Checks: close() raises GeneratorExit at the suspended yield; except GeneratorExit and finally run; returns None.
def gen():
    try:
        print("step 1")
        yield 1
        print("step 2 (not reached)")
        yield 2
    except GeneratorExit as e:
        print("got GeneratorExit", repr(e), type(e).__mro__[1].__name__)
        raise
    finally:
        print("finally")

g = gen()
print(next(g))
print("close returns", g.close())
print("second close returns", g.close())
print(g.gi_frame)
try:
    next(g)
except StopIteration:
    print("stopped")

def swallow():
    try:
        yield 1
    except GeneratorExit:
        print("swallowed, returning value")
        return "ignored"

g = swallow()
next(g)
print("close returns", g.close())
print(isinstance(GeneratorExit(), Exception), issubclass(GeneratorExit, BaseException))
