# Checks: send() through yield from reaches the sub-generator; the outer sees the sub-generator's yields.
def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        print("inner received", x)
        total += x

def outer():
    results = []
    while True:
        r = yield from accumulator()
        print("sub-generator returned", r)
        results.append(r)
        if len(results) == 2:
            return results

g = outer()
print(next(g))
print(g.send(5))
print(g.send(7))
print(g.send(None))
print(g.send(100))
try:
    g.send(None)
except StopIteration as e:
    print("outer returned", e.value)
