# Checks: walrus (x := (yield)) binds the sent value; walrus in comprehension conditions inside a generator.
def gen():
    if (x := (yield "first")) is not None:
        print("x bound to", x)
    total = 0
    while (n := (yield total)) is not None:
        total += n
    print("x still", x, "n", n)
    vals = [y for v in range(5) if (y := v * v) % 2 == 0]
    print(vals, "y =", y)
    yield total

g = gen()
print(next(g))
print(g.send("X"))
print(g.send(1))
print(g.send(2))
print(g.send(None))
g.close()
