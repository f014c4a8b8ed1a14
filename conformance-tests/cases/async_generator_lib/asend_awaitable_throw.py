# Checks: throw() on a library generator's asend awaitable before it is stepped raises into the generator's start (the body does not run); throw() while suspended in a sleep goes into that await.
from async_generator import async_generator, yield_

class Sleep:
    def __await__(self):
        yield "sleep"

@async_generator
async def agen():
    print("body started")
    try:
        await Sleep()
    except KeyError as e:
        print("caught in body", e)
    await yield_("after sleep")

def finish(aw, how, arg=None):
    try:
        if how == "throw":
            r = aw.throw(arg)
        else:
            r = aw.send(None)
        return ("suspended", r)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration as e:
        return ("StopAsyncIteration", e.args)
    except Exception as e:
        return (type(e).__name__, str(e))

ag = agen()
aw = ag.asend(None)
print(finish(aw, "send"))
print(finish(aw, "throw", KeyError("k")))
print(finish(ag.asend(None), "send"))

ag = agen()
aw = ag.asend(None)
print(finish(aw, "throw", KeyError("before start")))
print(ag.ag_running)
aw = ag.asend(None)
print(finish(aw, "send"))
print(finish(aw, "send"))
print(finish(ag.asend(None), "send"))
