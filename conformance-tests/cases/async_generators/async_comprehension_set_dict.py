# Checks: async set and dict comprehensions, async comprehensions over a class-based async iterator; loop variables don't leak.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def letters(s):
    for ch in s:
        yield ch

class ARange:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def main():
    s = {c async for c in letters("banana")}
    print(sorted(s))
    d = {c: i async for i in ARange(3) async for c in letters("xy"[:i])}
    print(d)
    d2 = {i: i * i async for i in ARange(4) if i != 2}
    print(d2)
    c = "outer"
    print([c async for c in letters("ab")], c)

run(main())
