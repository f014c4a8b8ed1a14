# Checks: async for assigning to attributes/subscripts; exceptions from __anext__ and StopAsyncIteration raised in the body propagate.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Sleep:
    def __await__(self):
        yield

class Source:
    def __init__(self, items, fail_at=None):
        self.items = list(items)
        self.fail_at = fail_at
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Sleep()
        if self.i == self.fail_at:
            raise OSError("source failed at %d" % self.i)
        if self.i >= len(self.items):
            raise StopAsyncIteration
        self.i += 1
        return self.items[self.i - 1]

class Obj:
    pass

async def main():
    o = Obj()
    d = {}
    async for o.attr in Source("ab"):
        print("attr", o.attr)
    async for d["k"] in Source([1, 2]):
        print("dict", d)
    try:
        async for x in Source("xyz", fail_at=2):
            print("item", x)
    except OSError as e:
        print("caught", e)
    try:
        async for x in Source("pq"):
            raise StopAsyncIteration("from body")
    except StopAsyncIteration as e:
        print("body StopAsyncIteration propagated:", e)

run(main())
