# Checks: generator functions with defaults, *args, keyword-only and **kwargs; argument errors raised at call, not at next().
def gen(a, b=2, *rest, key="k", **extra):
    print("body runs")
    yield a
    yield b
    yield rest
    yield key
    yield sorted(extra.items())

print(list(gen(1)))
print(list(gen(1, 3, 4, 5, key="K", z=26, y=25)))
try:
    gen()
except TypeError as e:
    print(type(e).__name__, e)
try:
    gen(1, nope=2, key=3, a=4)
except TypeError as e:
    print(type(e).__name__, e)

def defaults_shared(acc=[]):
    acc.append(len(acc))
    yield list(acc)

print(next(defaults_shared()), next(defaults_shared()))
g1 = gen(10)
g2 = gen(20)
print(next(g1), next(g2), next(g1), next(g2))
