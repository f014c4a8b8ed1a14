# Checks: await yield_from_(agen) passes every value of a library delegate through, twice, with a plain yield_ in between.
from async_generator import async_generator, yield_, yield_from_

@async_generator
async def async_range(count):
    for i in range(count):
        await yield_(i)

@async_generator
async def async_range_twice(count):
    await yield_from_(async_range(count))
    await yield_(None)
    await yield_from_(async_range(count))

async def collect(ait):
    return [v async for v in ait]

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

print(run(collect(async_range_twice(3))))
print(run(collect(async_range_twice(0))))
