# Checks: close()/throw() of a generator suspended inside a with body calls __exit__ with GeneratorExit / the thrown exception.
class CM:
    def __init__(self, suppress=False):
        self.suppress = suppress
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, et, ev, tb):
        print("exit with", et.__name__ if et else None, repr(ev), tb is not None)
        return self.suppress

def gen(suppress):
    with CM(suppress):
        yield 1
        yield 2
    yield "after with"

g = gen(False)
next(g)
g.close()
print("closed")

g = gen(False)
next(g)
try:
    g.throw(KeyError("thrown"))
except KeyError as e:
    print("propagated", repr(e))

g = gen(True)
next(g)
print("throw returned", g.throw(KeyError("thrown")))
g.close()

g = gen(True)
next(g)
try:
    g.close()
except RuntimeError as e:
    print("suppressing GeneratorExit then yielding:", e)
print(next(g, "exhausted"))
g.close()
