# Checks: a library generator consuming another with async for and sleeping between items; the runner answers every sleep request and counts them.
from async_generator import async_generator, yield_

class Sleep:
    def __await__(self):
        yield "sleep"

@async_generator
async def async_range(count):
    for i in range(count):
        await yield_(i)

@async_generator
async def double(ait):
    async for value in ait:
        await yield_(value * 2)
        await Sleep()

async def collect(ait):
    return [v async for v in ait]

def run(coro):
    sleeps = 0
    try:
        while True:
            request = coro.send(None)
            assert request == "sleep", request
            sleeps += 1
    except StopIteration as e:
        return e.value, sleeps

print(run(collect(double(async_range(5)))))
print(run(collect(double(double(async_range(3))))))
