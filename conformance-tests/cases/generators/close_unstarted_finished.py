# Checks: close() of an unstarted generator never runs its body; close() of a finished generator does nothing.
def gen():
    print("body")
    try:
        yield 1
    finally:
        print("finally")

g = gen()
print(g.close())
try:
    next(g)
except StopIteration:
    print("unstarted then closed: StopIteration")

g = gen()
print(list(g))
print(g.close())

g = gen()
next(g)
g.close()
g.close()
print("double close fine")

def raises():
    yield 1
    raise ValueError("inside")

g = raises()
next(g)
try:
    next(g)
except ValueError as e:
    print("ValueError", e)
print(g.close())
