# Checks: contextlib.aclosing awaits aclose() on exit (normal or exception) of an async generator or any object with aclose(), returns the thing from __aenter__, never suppresses
from contextlib import aclosing, AbstractAsyncContextManager

class Sleep:
    def __await__(self):
        yield

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def ticker(n):
    try:
        for i in range(n):
            await Sleep()
            yield i
    finally:
        print("ticker finalized")

class Resource:
    async def aclose(self):
        await Sleep()
        print("Resource.aclose")

async def main():
    async with aclosing(ticker(10)) as t:
        async for i in t:
            print("tick", i)
            if i == 2:
                break
    print("after break")

    r = Resource()
    async with aclosing(r) as got:
        print(got is r)

    try:
        async with aclosing(Resource()):
            raise ValueError("body")
    except ValueError as e:
        print("propagated", e)

    a = aclosing(r)
    print(isinstance(a, AbstractAsyncContextManager), a.thing is r)
    print(await a.__aexit__(None, None, None))

    try:
        async with aclosing(object()):
            pass
    except AttributeError as e:
        print(type(e).__name__, e)

run(main())
