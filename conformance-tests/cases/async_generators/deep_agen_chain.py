# Checks: a five-level chain of async generators each re-yielding the one below (with awaits); values, order and finally blocks.
class Sleep:
    def __await__(self):
        yield

async def leaf():
    try:
        for i in range(3):
            await Sleep()
            yield i
    finally:
        print("leaf finally")

async def level(n):
    try:
        src = leaf() if n == 0 else level(n - 1)
        async for v in src:
            yield v * 10 + n
    finally:
        print("level", n, "finally")

def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        return e.value, steps

async def main():
    return [v async for v in level(4)]

print(run(main()))
