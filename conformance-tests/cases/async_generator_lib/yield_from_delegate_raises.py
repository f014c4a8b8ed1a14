# Checks: an exception raised by the delegate (first step or later) propagates out of yield_from_ into the delegating generator, which may catch it and keep yielding.
from async_generator import async_generator, yield_, yield_from_

@async_generator
async def fails_at_once():
    raise KeyError("at once")
    await yield_(0)

@async_generator
async def fails_later():
    await yield_(1)
    raise KeyError("later")

@async_generator
async def delegator(inner):
    try:
        await yield_from_(inner())
    except KeyError as e:
        print("delegator caught", e)
        await yield_("recovered")

async def collect(ait):
    return [v async for v in ait]

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

print(run(collect(delegator(fails_at_once))))
print(run(collect(delegator(fails_later))))
