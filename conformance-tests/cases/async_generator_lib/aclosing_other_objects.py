# Checks: aclosing() works with native async generators and with any object having an async aclose(); it does not suppress exceptions, and aclose runs after the block even when it awaits.
from async_generator import aclosing

class Sleep:
    def __await__(self):
        yield "sleep"

async def native():
    try:
        yield 1
        yield 2
    finally:
        print("native finally")

class Resource:
    async def aclose(self):
        print("Resource.aclose sleeping")
        await Sleep()
        print("Resource.aclose done")

async def main():
    async with aclosing(native()) as ag:
        async for v in ag:
            print("native item", v)
            break
    try:
        async with aclosing(Resource()) as r:
            print("inside block with", type(r).__name__)
            raise KeyError("k")
    except KeyError as e:
        print("KeyError propagated", e)
    return "end"

coro = main()
try:
    while True:
        print("runner:", coro.send(None))
except StopIteration as e:
    print(e.value)
