# Checks: gi_yieldfrom is the object being delegated to by yield from (sub-generator or iterator), else None.
def inner():
    yield 1
    yield 2

def outer(it):
    yield "own"
    yield from it
    yield "after"

sub = inner()
g = outer(sub)
print(g.gi_yieldfrom)
next(g)
print(g.gi_yieldfrom)
next(g)
print(g.gi_yieldfrom is sub, sub.gi_yieldfrom)
next(g)
print(g.gi_yieldfrom is sub)
next(g)
print(g.gi_yieldfrom)
list(g)
print(g.gi_yieldfrom)

it = iter([10, 20])
g = outer(it)
next(g)
next(g)
print(g.gi_yieldfrom is it, type(g.gi_yieldfrom).__name__)
g.close()

def deep():
    yield from outer(inner())

d = deep()
next(d)
print(type(d.gi_yieldfrom).__name__, d.gi_yieldfrom.gi_yieldfrom)
next(d)
print(d.gi_yieldfrom.gi_yieldfrom.gi_code.co_name)
d.close()
