# Checks: await yield_from_(delegate) evaluates to the delegate's return value (None when it just ends); an empty delegate yields nothing and still returns.
from async_generator import async_generator, yield_, yield_from_

@async_generator
async def returns_1():
    await yield_(0)
    return 1

@async_generator
async def yields_from_returns_1():
    await yield_(await yield_from_(returns_1()))

@async_generator
async def empty():
    return "done"

@async_generator
async def yield_from_empty():
    result = await yield_from_(empty())
    print("empty returned", result)

@async_generator
async def no_return():
    await yield_("x")

@async_generator
async def yield_from_no_return():
    await yield_(("no_return gave", await yield_from_(no_return())))

async def collect(ait):
    return [v async for v in ait]

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

print(run(collect(yields_from_returns_1())))
print(run(collect(yield_from_empty())))
print(run(collect(yield_from_no_return())))
