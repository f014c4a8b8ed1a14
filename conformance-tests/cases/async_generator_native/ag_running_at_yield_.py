# Checks: ag_running of a native async generator: False while suspended in await yield_ (as at yield), True while an asend is suspended in a sleep; a second asend meanwhile fails with the native RuntimeError. (Krait goes beyond CPython here: expected output written from the native-yield equivalent in ag_running_at_yield__pkg/cpython_equivalent.py)
from async_generator import yield_

class Sleep:
    def __init__(self, tag="sleep"):
        self.tag = tag
    def __await__(self):
        return (yield self.tag)

async def emit(x):
    await yield_(x)

async def agen():
    print("in body:", me.ag_running)
    await emit(1)
    await Sleep()
    await yield_(2)
    yield 3

me = agen()
try:
    me.asend(None).send(None)
except StopIteration as e:
    print("yielded", e.value, "ag_running", me.ag_running)
aw = me.asend(None)
print("runner got", aw.send(None), "ag_running", me.ag_running)
try:
    me.asend(None).send(None)
except RuntimeError as e:
    print("second asend:", type(e).__name__, e)
try:
    aw.send(None)
except StopIteration as e:
    print("yielded", e.value, "ag_running", me.ag_running)
try:
    me.asend(None).send(None)
except StopIteration as e:
    print("yielded", e.value, "natively, ag_running", me.ag_running)
try:
    me.asend(None).send(None)
except StopAsyncIteration:
    print("finished, ag_running", me.ag_running)
