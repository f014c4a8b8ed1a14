# Checks: two asend awaitables of one library generator: the second, stepped while the first is suspended in the runner, fails with ValueError; the first then completes.
from async_generator import async_generator, yield_

class Sleep:
    def __await__(self):
        yield "sleep"

@async_generator
async def f():
    print("body starts")
    await Sleep()
    print("body ends")

ag = f()
sender1 = ag.asend(None)
sender2 = ag.asend(None)
print("sender1:", sender1.send(None))
try:
    sender2.send(None)
except ValueError as e:
    print("sender2:", type(e).__name__, e)
try:
    sender1.send(None)
except StopAsyncIteration as e:
    print("sender1: StopAsyncIteration", e.args)
print("ag_running:", ag.ag_running)

async def close():
    await ag.aclose()
try:
    close().send(None)
except StopIteration:
    print("aclose done")
