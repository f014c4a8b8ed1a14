# Checks: athrow() on an exhausted or failed library generator raises StopAsyncIteration, not the thrown exception.
from async_generator import async_generator, yield_

@async_generator
async def short():
    await yield_(1)

@async_generator
async def fails():
    raise ZeroDivisionError("in body")
    await yield_(1)

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

ag = short()
print(step(lambda: ag.asend(None)))
print(step(lambda: ag.asend(None)))
print(step(lambda: ag.athrow(ValueError("late"))))
ag = fails()
print(step(lambda: ag.asend(None)))
print(step(lambda: ag.athrow(ValueError("late"))))
