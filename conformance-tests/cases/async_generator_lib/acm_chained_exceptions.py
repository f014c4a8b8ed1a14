# Checks: asynccontextmanager (issue 29692): an exception the generator converts with `raise ... from exc` comes out chained; StopAsyncIteration passes through unchanged (library and native); StopIteration raised in the block becomes a chained RuntimeError with the library but passes unchanged with a native generator.
from async_generator import asynccontextmanager, async_generator, yield_

@asynccontextmanager
@async_generator
async def lib_manager():
    try:
        await yield_()
    except Exception as exc:
        raise RuntimeError("issue29692:Chained") from exc

@asynccontextmanager
async def native_manager():
    try:
        yield
    except Exception as exc:
        raise RuntimeError("issue29692:Chained") from exc

async def check(manager, exc):
    try:
        async with manager():
            raise exc
    except BaseException as e:
        cause = e.__cause__
        print(" ", type(e).__name__, e.args, "cause:", type(cause).__name__,
              "is raised:", e is exc, "cause is raised:", cause is exc)
        if cause is not None and cause is not exc:
            print("   cause's cause is raised:", cause.__cause__ is exc)

async def main():
    for manager in (lib_manager, native_manager):
        print(manager.__name__)
        await check(manager, ZeroDivisionError())
        await check(manager, StopIteration("issue29692:Unchained"))
        await check(manager, StopAsyncIteration("issue29692:Unchained"))

try:
    main().send(None)
except StopIteration:
    print("done")
