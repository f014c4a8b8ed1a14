# Checks: asend() awaitables of a library generator closed before being stepped leave the generator untouched; a later asend starts it normally.
from async_generator import async_generator, yield_

@async_generator
async def agen():
    print("body started")
    await yield_(1)
    print("body resumed")

ag = agen()
a1 = ag.asend(None)
a2 = ag.asend(None)
a1.close()
a2.close()
print("closed two awaitables; ag_running:", ag.ag_running)
try:
    ag.asend(None).send(None)
except StopIteration as e:
    print("value", e.value)
try:
    ag.asend(None).send(None)
except StopAsyncIteration as e:
    print("end", e.args)
