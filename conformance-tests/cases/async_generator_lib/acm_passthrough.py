# Checks: an asynccontextmanager that just yields lets StopAsyncIteration, RuntimeError, ValueError and StopIteration raised in the block out as themselves; a block without an exception passes.
from async_generator import asynccontextmanager, async_generator, yield_

@asynccontextmanager
@async_generator
async def noop():
    await yield_()

async def main():
    for exc_type in (StopAsyncIteration, RuntimeError, ValueError, StopIteration):
        exc = exc_type("x")
        try:
            async with noop():
                raise exc
        except BaseException as e:
            print(exc_type.__name__, "->", type(e).__name__, e is exc)
    async with noop():
        pass
    print("boring pass-through ok")

try:
    main().send(None)
except StopIteration:
    print("done")
