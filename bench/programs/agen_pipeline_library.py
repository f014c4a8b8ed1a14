# Async generators, library style: agen_pipeline's pipeline written with @async_generator and await yield_(...).
from async_generator import async_generator, yield_


@async_generator
async def source(n):
    i = 0
    while i < n:
        await yield_(i)
        i += 1


@async_generator
async def scaled(items, factor):
    async for x in items:
        await yield_(x * factor + 1)


@async_generator
async def multiples_of(items, k):
    async for x in items:
        if x % k == 0:
            await yield_(x)


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
