# Checks: aclose() of an unstarted library generator: the body never runs, aclose returns None, a later async for yields nothing and asend raises StopAsyncIteration.
from async_generator import async_generator, yield_

@async_generator
async def agen():
    print("body ran")
    try:
        await yield_(1)
    finally:
        print("finally ran")

async def main():
    ag = agen()
    print("aclose:", await ag.aclose())
    async for obj in ag:
        print("never", obj)
    try:
        await ag.asend(None)
    except StopAsyncIteration as e:
        print("StopAsyncIteration", e.args)
    print("aclose again:", await ag.aclose())

try:
    main().send(None)
except StopIteration:
    print("done")
