# Generators: memory of 1,000,000 started, suspended generators (two locals each) kept alive in a list.
def counter(start):
    value = start * 2
    while True:
        yield value
        value += start


gens = []
for i in range(1_000_000):
    g = counter(i)
    next(g)
    gens.append(g)
alive = 0
for g in gens:
    if g.gi_frame is not None:
        alive += 1
print(alive, next(gens[-1]), next(gens[0]))
