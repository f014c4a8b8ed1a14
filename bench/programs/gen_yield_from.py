# Generators: values travelling up a `yield from` chain ten generators deep.
def leaf(n):
    for i in range(n):
        yield i


def chain(depth, n):
    if depth == 0:
        return (yield from leaf(n))
    return (yield from chain(depth - 1, n))


total = 0
count = 0
for rep in range(6):
    for v in chain(10, 550_000):
        total += v
        count += 1
print(count, total)
