# Checks: async generator methods, __aiter__ written as an async generator method (async for gets a fresh generator each time).
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Sleep:
    def __await__(self):
        yield

class Feed:
    def __init__(self, *items):
        self.items = items
    async def __aiter__(self):
        print("__aiter__ called")
        for it in self.items:
            await Sleep()
            yield it
    async def pairs(self):
        for i in range(0, len(self.items) - 1, 2):
            yield self.items[i], self.items[i + 1]
    @classmethod
    async def numbers(cls, n):
        for i in range(n):
            yield cls.__name__ + str(i)

async def main():
    f = Feed("a", "b", "c", "d")
    async for x in f:
        print("item", x)
    print([x async for x in f])
    print([p async for p in f.pairs()])
    print([n async for n in Feed.numbers(2)])
    it = aiter(f)
    print(type(it).__name__, it.__name__, it.__qualname__)
    await it.aclose()

run(main())
