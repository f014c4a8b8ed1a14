# Checks: an asynccontextmanager generator that catches the block's exception suppresses it; one that raises a different exception replaces it (the original is its __context__).
from async_generator import asynccontextmanager, async_generator, yield_

@asynccontextmanager
@async_generator
async def catch_it():
    try:
        await yield_()
    except ValueError as e:
        print("caught", type(e).__name__, e)

@asynccontextmanager
@async_generator
async def switch_it():
    try:
        await yield_()
    except KeyError:
        raise ValueError("switched")

async def main():
    async with catch_it():
        raise ValueError("in block")
    print("suppressed")
    try:
        async with switch_it():
            raise KeyError("in block")
    except ValueError as e:
        print(type(e).__name__, e, "context:", type(e.__context__).__name__)

try:
    main().send(None)
except StopIteration:
    print("done")
