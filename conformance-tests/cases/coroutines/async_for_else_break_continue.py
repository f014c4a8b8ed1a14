# Checks: async for with else (runs when not broken), break, continue, nested async for loops.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Sleep:
    def __await__(self):
        yield

class ARange:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        self.i = -1
        return self
    async def __anext__(self):
        await Sleep()
        self.i += 1
        if self.i >= self.n:
            raise StopAsyncIteration
        return self.i

async def main():
    async for i in ARange(3):
        print("a", i)
    else:
        print("else after full loop")
    async for i in ARange(5):
        if i == 1:
            continue
        if i == 3:
            print("break at", i)
            break
        print("b", i)
    else:
        print("not printed")
    async for i in ARange(0):
        print("never")
    else:
        print("else on empty")
    pairs = []
    async for i in ARange(3):
        async for j in ARange(3):
            if j > i:
                break
            pairs.append((i, j))
    print(pairs)

run(main())
