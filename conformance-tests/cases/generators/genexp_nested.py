# Checks: nested genexps, genexp over genexp, closures capturing loop variables from an outer genexp.
rows = ((r, (c for c in range(r))) for r in range(4))
for r, cols in rows:
    print(r, list(cols))

matrix = [[1, 2], [3, 4], [5, 6]]
flat = (v for row in matrix for v in row)
doubled = (v * 2 for v in flat)
evens = (v for v in doubled if v % 4 == 0)
print(list(evens))

gens = [(x * i for x in range(3)) for i in range(3)]
print([list(g) for g in gens])

total = sum(sum(x for x in range(i)) for i in range(5))
print(total)
inner_last = list(list(y for y in range(x)) for x in range(3))
print(inner_last)

def outer():
    k = 10
    return (a + k for a in (b * 2 for b in range(3)))

print(list(outer()))
