# Checks: builtin aiter() and anext() on async generators and class-based async iterators, awaited inside a coroutine.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def agen():
    yield "a"
    yield "b"

class Counter:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        print("Counter.__aiter__")
        return self
    async def __anext__(self):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return self.n

async def main():
    ag = agen()
    print(aiter(ag) is ag)
    print(await anext(ag), await anext(ag))
    try:
        await anext(ag)
    except StopAsyncIteration:
        print("StopAsyncIteration from anext")
    it = aiter(Counter())
    print(await anext(it), await anext(it))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("Counter exhausted")
    print(type(anext).__name__, type(aiter).__name__)

run(main())
