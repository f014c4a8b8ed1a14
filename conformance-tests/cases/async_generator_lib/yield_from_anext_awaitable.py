# Checks: yield_from_ of an iterator whose __anext__ returns a custom awaitable that suspends (the runner sees it) before producing the value.
from async_generator import async_generator, yield_, yield_from_

class Later:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        yield ("waiting for", self.value)
        if self.value is None:
            raise StopAsyncIteration("finished")
        return self.value

class Slow:
    def __init__(self, items):
        self.items = list(items)
    def __aiter__(self):
        return self
    def __anext__(self):
        return Later(self.items.pop(0) if self.items else None)

@async_generator
async def delegator():
    r = await yield_from_(Slow(["x", "y"]))
    await yield_(("result", r))

async def collect(ait):
    return [v async for v in ait]

coro = collect(delegator())
try:
    while True:
        print("runner:", coro.send(None))
except StopIteration as e:
    print(e.value)
