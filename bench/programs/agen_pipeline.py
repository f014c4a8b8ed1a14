# Async generators: a three-stage native async generator pipeline (source -> map -> filter) consumed by async for, driven by hand.
async def source(n):
    i = 0
    while i < n:
        yield i
        i += 1


async def scaled(items, factor):
    async for x in items:
        yield x * factor + 1


async def multiples_of(items, k):
    async for x in items:
        if x % k == 0:
            yield x


async def main(n, reps):
    total = 0
    for rep in range(reps):
        async for v in multiples_of(scaled(source(n), 3 + rep), 7):
            total += v
    return total


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


print(run(main(300_000, 15)))
