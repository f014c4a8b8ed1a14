# Checks: (x async for x in ag()) is an async generator object named <genexpr>; consumed with async for; lazy.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Sleep:
    def __await__(self):
        yield

async def source(n):
    for i in range(n):
        print("  source yields", i)
        yield i

async def double(x):
    await Sleep()
    return 2 * x

async def main():
    ge = (x * 10 async for x in source(3))
    print(type(ge).__name__, ge.__name__)
    print("created, nothing ran yet")
    async for v in ge:
        print("got", v)
    ge2 = (await double(x) for x in range(3))
    print(type(ge2).__name__)
    print([v async for v in ge2])
    ge3 = (x async for x in source(5) if x % 2)
    print(await ge3.__anext__(), await ge3.__anext__())
    await ge3.aclose()

run(main())
