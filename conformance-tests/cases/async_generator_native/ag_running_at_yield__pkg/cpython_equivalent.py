# CPython equivalent of async_generator_native/ag_running_at_yield_.py: the helper inlined, await yield_(x) written as yield x.
class Sleep:
    def __init__(self, tag="sleep"):
        self.tag = tag
    def __await__(self):
        return (yield self.tag)

async def agen():
    print("in body:", me.ag_running)
    yield 1
    await Sleep()
    yield 2
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
