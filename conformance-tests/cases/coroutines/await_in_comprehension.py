# Checks: await inside list/set/dict comprehensions and genexp conditions inside async functions; order of awaits.
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

async def double(x):
    await Sleep()
    print("double", x)
    return x * 2

async def is_odd(x):
    await Sleep()
    return x % 2 == 1

async def main():
    a = [await double(x) for x in range(3)]
    b = {await double(x) for x in [1, 1, 2]}
    c = {x: await double(x) for x in "ab"}
    d = [x for x in range(6) if await is_odd(x)]
    e = [[await double(x + y) for y in range(2)] for x in (10, 20)]
    return a, sorted(b), c, d, e

print(run(main()))
