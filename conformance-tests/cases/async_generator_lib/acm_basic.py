# Checks: @asynccontextmanager on top of @async_generator and on a native async generator: the yielded value is bound by `as`, code before and after the yield runs around the block, arguments are passed.
from async_generator import asynccontextmanager, async_generator, yield_

@asynccontextmanager
@async_generator
async def lib_cm(name):
    print("enter", name)
    await yield_(name.upper())
    print("exit", name)

@asynccontextmanager
async def native_cm(name):
    print("enter", name)
    yield name.lower()
    print("exit", name)

async def main():
    async with lib_cm("Lib") as v:
        print("body with", v)
    async with native_cm("Nat") as v:
        print("body with", v)
    async with lib_cm("a") as a, native_cm("B") as b:
        print("both", a, b)
    print(lib_cm.__name__, native_cm.__name__)

try:
    main().send(None)
except StopIteration:
    print("done")
