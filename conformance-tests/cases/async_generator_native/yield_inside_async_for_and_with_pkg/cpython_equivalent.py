# CPython equivalent of async_generator_native/yield_inside_async_for_and_with.py: await yield_(x) written as yield x.
from async_generator import async_generator, yield_

class CM:
    async def __aenter__(self):
        print("enter")
        return "cm"
    async def __aexit__(self, typ, val, tb):
        print("exit", typ.__name__ if typ else None)

@async_generator
async def source():
    try:
        for i in range(3):
            await yield_(i)
    finally:
        print("source finally")

async def agen():
    async with CM() as cm:
        src = source()
        try:
            async for i in src:
                yield (cm, i)
        finally:
            await src.aclose()
    yield "after with"

def run(make):
    try:
        aw = make()
        while True:
            print("  runner:", aw.send(None))
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration as e:
        return ("StopAsyncIteration", e.args)
    except BaseException as e:
        return (type(e).__name__, str(e))

def collect(ag):
    async def main():
        return [v async for v in ag]
    try:
        main().send(None)
    except StopIteration as e:
        return e.value

ag = agen()
print(run(lambda: ag.asend(None)))
print(run(lambda: ag.asend(None)))
print(run(lambda: ag.aclose()))
print("full run:")
print(collect(agen()))
