# Checks: traceback through three nested async generators re-yielding with async for, ending in ZeroDivisionError.
async def leaf(n):
    for i in range(n, -1, -1):
        yield 10 // i

async def middle(n):
    async for v in leaf(n):
        yield v + 1

async def top():
    async for v in middle(2):
        yield v * 2

async def main():
    async for v in top():
        print(v)

main().send(None)
