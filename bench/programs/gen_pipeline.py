# Generators: a three-stage generator pipeline (source -> map -> filter) consumed by sum() and a for loop.
def source(n):
    i = 0
    while i < n:
        yield i
        i += 1


def scaled(items, factor):
    for x in items:
        yield x * factor + 1


def multiples_of(items, k):
    for x in items:
        if x % k == 0:
            yield x


N = 1_000_000
total = 0
for rep in range(6):
    total += sum(multiples_of(scaled(source(N), 3 + rep), 7))
count = 0
for rep in range(4):
    for v in multiples_of(scaled(source(N), 5 + rep), 11):
        count += 1
print(total, count)
