# Checks: breaking out of async for leaves the library generator suspended; a second async for resumes it; __anext__ after the end raises StopAsyncIteration carrying the return value.
from async_generator import async_generator, yield_

@async_generator
async def gen():
    await yield_(1)
    await yield_(2)
    return "hi"

async def main():
    g = gen()
    async for item in g:
        print("first loop", item)
        break
    async for item in g:
        print("second loop", item)
        break
    try:
        await g.__anext__()
    except StopAsyncIteration as e:
        print("StopAsyncIteration", e.args)
    async for item in g:
        print("never", item)
    else:
        print("third loop: else clause, nothing left")

try:
    main().send(None)
except StopIteration:
    print("main done")
