# Checks: asend() values reach a library delegate through yield_from_ (non-None via asend, None via __anext__), and its answers come back out.
from async_generator import async_generator, yield_, yield_from_

@async_generator
async def doubles_sends(value):
    while True:
        got = await yield_(2 * value)
        print("delegate received", got)
        if got is not None:
            value = got

@async_generator
async def wraps_doubles_sends(value):
    await yield_from_(doubles_sends(value))

def run(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value

gen = wraps_doubles_sends(10)
print(run(gen.__anext__()))
print(run(gen.asend(2)))
print(run(gen.asend(5)))
print(run(gen.asend(0)))
print(run(gen.__anext__()))
print(run(gen.aclose()))
