# Memory of 1,000,000 started, suspended generators (two locals each), measured between two gc.collect() calls.
import gc


def counter(start):
    value = start * 2
    while True:
        yield value
        value += start


gc.collect()
gens = []
for i in range(1_000_000):
    g = counter(i)
    next(g)
    gens.append(g)
gc.collect()
print(len(gens), next(gens[-1]))
