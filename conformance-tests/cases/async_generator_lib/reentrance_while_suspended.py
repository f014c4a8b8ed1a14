# Checks: while an asend is suspended in the runner, ag_running is True and a new asend/__anext__/athrow fails with ValueError; the generator then finishes normally.
from async_generator import async_generator, yield_

class Sleep:
    def __await__(self):
        yield "sleep"

@async_generator
async def f():
    await Sleep()
    await yield_("final yield")

def try_step(make):
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

ag = f()
asend_coro = ag.asend(None)
print("runner got", asend_coro.send(None))
print("ag_running:", ag.ag_running)
print(try_step(lambda: ag.asend(None)))
print(try_step(lambda: ag.__anext__()))
print(try_step(lambda: ag.athrow(KeyError("x"))))
print("ag_running:", ag.ag_running)
try:
    asend_coro.send(None)
except StopIteration as e:
    print("first asend gave", e.value)
print(try_step(lambda: ag.asend(None)))
print(try_step(lambda: ag.asend(None)))
