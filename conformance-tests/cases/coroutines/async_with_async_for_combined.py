# Checks: async for inside async with inside async for, with awaits in __aenter__/__aexit__/__anext__; full trace.
class Sleep:
    def __await__(self):
        yield

class Session:
    def __init__(self, n):
        self.n = n
    async def __aenter__(self):
        await Sleep()
        print(" open", self.n)
        return Rows(self.n)
    async def __aexit__(self, et, ev, tb):
        await Sleep()
        print(" close", self.n, et.__name__ if et else None)
        return et is KeyError

class Rows:
    def __init__(self, n):
        self.left = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Sleep()
        if self.left == 0:
            raise StopAsyncIteration
        self.left -= 1
        return self.left

class Batches:
    def __aiter__(self):
        self.i = 0
        return self
    async def __anext__(self):
        self.i += 1
        if self.i > 3:
            raise StopAsyncIteration
        return self.i

async def main():
    async for b in Batches():
        async with Session(b) as rows:
            async for r in rows:
                print("  batch", b, "row", r)
                if b == 2:
                    raise KeyError("abort batch 2")
    return "ok"

c = main()
steps = 0
try:
    while True:
        c.send(None)
        steps += 1
except StopIteration as e:
    print(e.value, steps)
