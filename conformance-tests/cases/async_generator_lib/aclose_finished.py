# Checks: aclose() on a library generator that is exhausted, returned a value or raised is a no-op returning None; aclose twice is fine.
from async_generator import async_generator, yield_

@async_generator
async def async_range(n):
    for i in range(n):
        await yield_(i)
    return "ret"

@async_generator
async def raises():
    await yield_(0)
    raise KeyError("k")

async def main():
    ag = async_range(3)
    async for obj in ag:
        print("item", obj)
    print("aclose exhausted:", await ag.aclose())
    print("aclose twice:", await ag.aclose())
    ag = raises()
    try:
        async for obj in ag:
            print("item", obj)
    except KeyError as e:
        print("KeyError", e)
    print("aclose failed:", await ag.aclose())
    ag = async_range(2)
    print(await ag.__anext__())
    print("aclose suspended:", await ag.aclose())
    print("aclose again:", await ag.aclose())

try:
    main().send(None)
except StopIteration:
    print("done")
