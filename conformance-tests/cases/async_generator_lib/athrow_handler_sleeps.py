# Checks: an exception thrown with athrow() is handled by code that sleeps (runner requests) before yielding again; the runner sees the sleeps of the athrow awaitable.
from async_generator import async_generator, yield_

class Sleep:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        yield ("sleep", self.n)

@async_generator
async def worker():
    n = 0
    while True:
        try:
            await yield_(("tick", n))
        except TimeoutError:
            await Sleep(n)
            await Sleep(n + 1)
            await yield_(("retry", n))
        n += 1

def run(aw):
    try:
        while True:
            print("  runner:", aw.send(None))
    except StopIteration as e:
        return e.value

ag = worker()
print(run(ag.asend(None)))
print(run(ag.athrow(TimeoutError())))
print(run(ag.asend(None)))
print(run(ag.athrow(TimeoutError)))
async def close():
    await ag.aclose()
print(run(close()))
