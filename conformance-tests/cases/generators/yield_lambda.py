# Checks: lambda: (yield) makes a generator function; lambda with yield value; genexp-style lambdas.
f = lambda: (yield)
g = f()
print(type(g).__name__, g.__name__)
print(next(g))
try:
    g.send("x")
except StopIteration as e:
    print("lambda returned", e.value)

twice = lambda x: ((yield x), (yield x * 2))
g = twice(3)
print(next(g), g.send("a"))
try:
    g.send("b")
except StopIteration as e:
    print("value", e.value)

gen_of = lambda n: (yield from range(n))
print(list(gen_of(4)))
print(list(map(lambda x: x, (lambda: (yield 1))())))
