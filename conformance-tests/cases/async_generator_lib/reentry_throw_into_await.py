# Checks: the runner throws into the asend awaitable while the library generator is suspended in an await; the generator catches it and yields, or lets it escape and is then finished.
from async_generator import async_generator, yield_

class Sleep:
    def __await__(self):
        yield "sleep"

@async_generator
async def sleeper(catch):
    try:
        await Sleep()
    except LookupError as e:
        if not catch:
            raise
        print("generator caught", repr(e))
        await yield_("recovered")
    await yield_("after")

def drive_with_throw(ag):
    aw = ag.asend(None)
    print("runner saw", aw.send(None))
    try:
        aw.throw(KeyError("k"))
    except StopIteration as e:
        return ("value", e.value)
    except BaseException as e:
        return (type(e).__name__, str(e))

def step(ag):
    try:
        aw = ag.asend(None)
        while True:
            aw.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration as e:
        return ("StopAsyncIteration", e.args)

for catch in (True, False):
    ag = sleeper(catch)
    print(drive_with_throw(ag))
    print(step(ag))
    print(step(ag))
