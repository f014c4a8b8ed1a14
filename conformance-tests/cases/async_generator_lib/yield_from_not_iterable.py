# Checks: yield_from_ of objects that are not async iterables (an int, a list, a plain generator) fails inside the delegating generator; only the exception type is printed.
from async_generator import async_generator, yield_, yield_from_

@async_generator
async def delegator(obj):
    try:
        await yield_from_(obj)
    except Exception as e:
        await yield_(type(e).__name__)

def gen():
    yield 1

async def collect(ait):
    return [v async for v in ait]

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

g = gen()
for obj in (5, [1, 2], g):
    print(run(collect(delegator(obj))))
g.close()
