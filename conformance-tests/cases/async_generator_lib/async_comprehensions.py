# Checks: library generators as sources of async list/set/dict comprehensions and async generator expressions, with conditions and nesting.
from async_generator import async_generator, yield_

@async_generator
async def arange(n):
    for i in range(n):
        await yield_(i)

async def main():
    print([x * x async for x in arange(5) if x % 2 == 0])
    print(sorted({x % 3 async for x in arange(7)}))
    print({x: str(x) async for x in arange(3)})
    print([(x, y) async for x in arange(3) async for y in arange(x)])
    gen = (x + 100 async for x in arange(3))
    print([v async for v in gen])

try:
    main().send(None)
except StopIteration:
    print("done")
