# Checks: aclose() where the library generator catches GeneratorExit and returns (with or without a value) succeeds; one that raises another exception makes aclose raise it.
from async_generator import async_generator, yield_

@async_generator
async def returns_on_close(value):
    try:
        await yield_(1)
    except GeneratorExit:
        print("caught, returning", value)
        return value

@async_generator
async def raises_on_close():
    try:
        await yield_(1)
    finally:
        raise ValueError("from finally")

def run(make):
    try:
        aw = make()
        while True:
            aw.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration as e:
        return ("StopAsyncIteration", e.args)
    except Exception as e:
        return (type(e).__name__, str(e), type(e.__context__).__name__)

for value in (None, "v"):
    ag = returns_on_close(value)
    print(run(lambda: ag.asend(None)))
    print(run(lambda: ag.aclose()))
    print(run(lambda: ag.asend(None)))

ag = raises_on_close()
print(run(lambda: ag.asend(None)))
print(run(lambda: ag.aclose()))
print(run(lambda: ag.aclose()))
print(run(lambda: ag.asend(None)))
