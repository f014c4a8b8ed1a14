# Checks: async for over a class with __aiter__/__anext__ that awaits; StopAsyncIteration ends the loop.
def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        return e.value, steps

class Sleep:
    def __await__(self):
        yield

class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        print("__aiter__")
        return self
    async def __anext__(self):
        await Sleep()
        if self.i >= self.n:
            print("raising StopAsyncIteration")
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def main():
    out = []
    async for v in Ticker(3):
        print("loop body", v)
        out.append(v)
    async for a, b in PairTicker():
        print("unpacked", a, b)
    return out

class PairTicker(Ticker):
    def __init__(self):
        super().__init__(2)
    async def __anext__(self):
        v = await super().__anext__()
        return v, v * v

print(run(main()))
