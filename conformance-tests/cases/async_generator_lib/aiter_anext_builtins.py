# Checks: the builtins aiter() and anext() on library generators: aiter returns the generator, anext(ag) steps it, anext(ag, default) returns the default at the end instead of raising.
from async_generator import async_generator, yield_

@async_generator
async def two():
    await yield_("first")
    await yield_("second")

async def main():
    ag = two()
    print(aiter(ag) is ag)
    print(await anext(ag))
    print(await anext(ag, "default"))
    print(await anext(ag, "default"))
    try:
        await anext(ag)
    except StopAsyncIteration as e:
        print("StopAsyncIteration", e.args)

try:
    main().send(None)
except StopIteration:
    print("done")
