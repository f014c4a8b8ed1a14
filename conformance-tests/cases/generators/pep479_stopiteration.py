# Checks: PEP 479: StopIteration raised inside a generator becomes RuntimeError with __cause__ and __context__ set.
def gen():
    yield 1
    raise StopIteration("leaked")

g = gen()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__, e.__cause__ is e.__context__, e.__suppress_context__)

def subclass():
    class MyStop(StopIteration):
        pass
    yield 1
    raise MyStop

g = subclass()
next(g)
try:
    next(g)
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)

def caught_inside():
    try:
        raise StopIteration("inside")
    except StopIteration as e:
        yield "caught " + str(e)

print(list(caught_inside()))
ge = (1 / 0 if False else next(iter([])) for _ in range(3))
try:
    list(ge)
except RuntimeError as e:
    print("genexp:", e)
