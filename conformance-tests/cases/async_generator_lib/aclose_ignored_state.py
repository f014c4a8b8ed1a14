# Checks: after aclose() failed with "ignored GeneratorExit", a second aclose() of the library generator returns at once; the generator, still suspended, can be resumed with asend.
from async_generator import async_generator, yield_

@async_generator
async def stubborn():
    try:
        await yield_(1)
    except GeneratorExit:
        print("ignoring GeneratorExit")
    await yield_(2)
    print("resumed after the ignored close")
    await yield_(3)

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
        return (type(e).__name__, str(e))

ag = stubborn()
print(run(lambda: ag.asend(None)))
print(run(lambda: ag.aclose()))
print(run(lambda: ag.aclose()))
print(run(lambda: ag.asend(None)))
print(run(lambda: ag.asend(None)))
