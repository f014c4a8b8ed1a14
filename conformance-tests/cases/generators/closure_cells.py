# Checks: generators closing over cells of the enclosing function, nonlocal updates from a generator, late binding.
def make():
    count = 0
    def gen():
        nonlocal count
        while True:
            count += 1
            yield count
    def peek():
        return count
    return gen, peek

gen, peek = make()
g1 = gen()
g2 = gen()
print(next(g1), next(g1), next(g2), peek())

def late_binding():
    gens = []
    for i in range(3):
        def g():
            yield i
        gens.append(g())
    return [next(x) for x in gens]

print(late_binding())

def bound_now():
    gens = []
    for i in range(3):
        def g(i=i):
            yield i
        gens.append(g())
    return [next(x) for x in gens]

print(bound_now())

def cell_changes_while_suspended():
    x = "before"
    def gen():
        yield x
        yield x
    g = gen()
    first = next(g)
    x = "after"
    return first, next(g)

print(cell_changes_while_suspended())

def gen_defines_closure():
    total = 0
    def add(n):
        nonlocal total
        total += n
    while True:
        add((yield total))

g = gen_defines_closure()
next(g)
print(g.send(3), g.send(4))
