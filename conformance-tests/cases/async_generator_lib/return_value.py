# Checks: a library async generator's return value ends iteration as StopAsyncIteration(value); falling off the end gives StopAsyncIteration(None); once finished, StopAsyncIteration() with no args.
from async_generator import async_generator, yield_

@async_generator
async def returns_hi():
    await yield_(1)
    await yield_(2)
    return "hi"

@async_generator
async def falls_off():
    await yield_(1)

@async_generator
async def bare_return():
    await yield_(1)
    return

def step(ag):
    try:
        aw = ag.asend(None)
        while True:
            aw.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration as e:
        return ("StopAsyncIteration", e.args)

for fn in (returns_hi, falls_off, bare_return):
    ag = fn()
    print(fn.__name__, [step(ag) for _ in range(4)])
