# Checks: yield_from_ accepts an object whose __aiter__ is an async def (old style, awaited first) and one whose __aiter__ returns a separate iterator object.
from async_generator import async_generator, yield_, yield_from_

class OldStyle:
    def __init__(self, count):
        self.count = count
    async def __aiter__(self):
        print("old-style __aiter__ awaited")
        return self
    async def __anext__(self):
        self.count -= 1
        if self.count < 0:
            raise StopAsyncIteration("boom")
        return self.count

class Iterable:
    def __init__(self, items):
        self.items = items
    def __aiter__(self):
        return Iterator(self.items)

class Iterator:
    def __init__(self, items):
        self.items = list(items)
    def __aiter__(self):
        return self
    async def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        return self.items.pop(0)

@async_generator
async def delegate(obj):
    result = await yield_from_(obj)
    await yield_(("result", result))

async def collect(ait):
    return [v async for v in ait]

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

print(run(collect(delegate(OldStyle(3)))))
print(run(collect(delegate(Iterable("abc")))))
