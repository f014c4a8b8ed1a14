# Checks: [x async for x in ag()] list comprehensions with conditions, nested for clauses and await in the element.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Sleep:
    def __await__(self):
        yield

async def arange(n):
    for i in range(n):
        await Sleep()
        yield i

async def square(x):
    await Sleep()
    return x * x

async def main():
    print([x async for x in arange(5)])
    print([x async for x in arange(10) if x % 3 == 0])
    print([(x, y) async for x in arange(3) for y in range(x)])
    print([(x, y) for x in range(3) async for y in arange(x)])
    print([await square(x) async for x in arange(4)])
    print([x async for x in arange(6) if await square(x) > 10])
    print([[y async for y in arange(x)] async for x in arange(3)])

run(main())
