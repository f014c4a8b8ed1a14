# Checks: ag_running of a library generator: False before start and while suspended at yield_, True inside the body and while an asend is suspended in the runner, False after the end or an error.
from async_generator import async_generator, yield_

class Sleep:
    def __await__(self):
        yield "sleep"

@async_generator
async def agen():
    print("in body:", me.ag_running)
    await yield_(1)
    await Sleep()
    print("after sleep:", me.ag_running)
    await yield_(2)
    raise ValueError("boom")

me = agen()
print("unstarted:", me.ag_running)
aw = me.asend(None)
print("asend created, not yet sent:", me.ag_running)
try:
    aw.send(None)
except StopIteration as e:
    print("yielded", e.value, "->", me.ag_running)
aw = me.asend(None)
print("runner saw", aw.send(None), "->", me.ag_running)
try:
    aw.send(None)
except StopIteration as e:
    print("yielded", e.value, "->", me.ag_running)
try:
    me.asend(None).send(None)
except ValueError as e:
    print("ValueError", e, "->", me.ag_running)
