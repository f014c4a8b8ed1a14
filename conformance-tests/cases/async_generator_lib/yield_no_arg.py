# Checks: await yield_() and await yield_(None) both yield None; a falsy value (0, "", []) is yielded as itself.
from async_generator import async_generator, yield_

@async_generator
async def agen():
    await yield_()
    await yield_(None)
    await yield_(0)
    await yield_("")
    await yield_([])

async def collect(ait):
    return [v async for v in ait]

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

print(run(collect(agen())))
