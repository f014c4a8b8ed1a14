# Checks: athrow() on an unstarted library generator raises the exception at once without running the body; the generator is finished afterwards.
from async_generator import async_generator, yield_

@async_generator
async def agen():
    print("body ran")
    try:
        await yield_(1)
    except KeyError:
        print("caught inside")

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

ag = agen()
print(step(lambda: ag.athrow(KeyError("early"))))
print(step(lambda: ag.asend(None)))
print(step(lambda: ag.athrow(KeyError("late"))))
