# Checks: a library generator iterating itself raises ValueError("async generator already executing") inside its body; the error ends it, and it is finished afterwards.
from async_generator import async_generator, yield_

@async_generator
async def recurse():
    try:
        async for obj in agen:
            await yield_(obj)
    except ValueError as e:
        print("inside:", type(e).__name__, e)
        raise

agen = recurse()

async def main():
    try:
        async for _ in agen:
            print("never")
    except ValueError as e:
        print("outside:", type(e).__name__, e)
    print("ag_running:", agen.ag_running)
    async for _ in agen:
        print("never again")
    print("finished")

try:
    main().send(None)
except StopIteration:
    pass
