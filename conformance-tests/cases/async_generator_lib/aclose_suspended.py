# Checks: aclose() of a library generator suspended at yield_ throws GeneratorExit into it (except and finally run), aclose's awaitable finishes with None, and the generator is finished.
from async_generator import async_generator, yield_

@async_generator
async def close_me(track):
    try:
        await yield_(1)
        await yield_(2)
    except GeneratorExit:
        track.append("GeneratorExit")
        raise
    finally:
        track.append("finally")

async def main():
    track = []
    ag = close_me(track)
    async for obj in ag:
        print("got", obj)
        break
    print("before aclose:", track)
    print("aclose returned", await ag.aclose())
    print("after aclose:", track)
    async for obj in ag:
        print("never", obj)
    print("iteration after aclose: nothing")

try:
    main().send(None)
except StopIteration:
    pass
