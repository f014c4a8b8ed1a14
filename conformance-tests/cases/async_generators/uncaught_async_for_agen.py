# Checks: traceback of an uncaught exception raised in an async generator consumed by async for in a coroutine.
class Sleep:
    def __await__(self):
        yield

async def readings(values):
    for v in values:
        await Sleep()
        if v < 0:
            raise ValueError("negative reading: %d" % v)
        yield v

async def average(values):
    total = count = 0
    async for v in readings(values):
        total += v
        count += 1
    return total / count

async def main():
    print(await average([1, 2, 3]))
    print(await average([4, -5]))

c = main()
while True:
    c.send(None)
