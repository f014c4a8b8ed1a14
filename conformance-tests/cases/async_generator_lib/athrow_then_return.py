# Checks: a library generator that catches an athrow()n exception and returns a value: athrow raises StopAsyncIteration carrying that value.
from async_generator import async_generator, yield_

@async_generator
async def catch():
    try:
        while True:
            await yield_("hi")
    except Exception as exc:
        return ("bye", type(exc).__name__, str(exc))

def step(make):
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

ag = catch()
print(step(lambda: ag.__anext__()))
print(step(lambda: ag.__anext__()))
print(step(lambda: ag.athrow(ValueError("oops"))))
print(step(lambda: ag.__anext__()))
