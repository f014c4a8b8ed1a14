# Checks: athrow() of exception instances into a library generator suspended at yield_: caught, the next yield_ value is athrow's result; uncaught, it propagates out of athrow and finishes the generator.
from async_generator import async_generator, yield_

@async_generator
async def athrow_me():
    try:
        await yield_(1)
    except KeyError as e:
        print("caught KeyError", e)
    try:
        await yield_(2)
    except ValueError as e:
        print("caught ValueError", e)
    await yield_(3)
    print("not reached")

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

ag = athrow_me()
print(step(lambda: ag.__anext__()))
print(step(lambda: ag.athrow(KeyError("oops"))))
print(step(lambda: ag.athrow(ValueError("oops"))))
print(step(lambda: ag.athrow(OSError("oops"))))
print(step(lambda: ag.asend(None)))
print(step(lambda: ag.athrow(OSError("again"))))
