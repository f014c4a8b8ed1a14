# Checks: iter(gen) is gen, gen.__iter__() is gen, type names, next() via __next__, generator attributes.
def gen():
    yield 1
    yield 2

g = gen()
print(iter(g) is g, g.__iter__() is g)
print(type(g).__name__, type(gen).__name__)
print(g.__next__())
print(next(g, "default"), next(g, "default"))
print(hasattr(g, "send"), hasattr(g, "throw"), hasattr(g, "close"))
print(hasattr(g, "__len__"), hasattr(g, "__getitem__"))
try:
    len(g)
except TypeError as e:
    print(type(e).__name__, e)
try:
    g[0]
except TypeError as e:
    print(type(e).__name__, e)
print(bool(gen()))
print(type(g) is type(x for x in []))
try:
    type(g)()
except TypeError as e:
    print(type(e).__name__, e)
try:
    g.foo = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(gen() == gen(), g == g)
