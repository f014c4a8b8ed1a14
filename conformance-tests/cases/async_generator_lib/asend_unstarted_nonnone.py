# Checks: asend() of a non-None value to an unstarted library generator raises TypeError (the body does not run); asend(None) afterwards starts it normally.
from async_generator import async_generator, yield_

@async_generator
async def agen():
    print("body started")
    x = await yield_(1)
    print("received", x)

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
print(step(lambda: ag.asend("early")))
print(ag.ag_running)
print(step(lambda: ag.asend(None)))
print(step(lambda: ag.asend("later")))
