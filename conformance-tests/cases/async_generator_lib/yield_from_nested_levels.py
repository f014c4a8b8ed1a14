# Checks: yield_from_ chains three library generators deep: values, asend values and return values travel through every level; sleeps in the innermost reach the runner.
from async_generator import async_generator, yield_, yield_from_

class Sleep:
    def __await__(self):
        yield "sleep"

@async_generator
async def level3():
    total = 0
    for i in range(3):
        await Sleep()
        got = await yield_(("level3", i))
        total += got or 0
    return total

@async_generator
async def level2():
    t = await yield_from_(level3())
    got = await yield_(("level2 got total", t))
    return t * 10 + (got or 0)

@async_generator
async def level1():
    r = await yield_from_(level2())
    await yield_(("level1 result", r))

def run(aw):
    sleeps = 0
    try:
        while True:
            aw.send(None)
            sleeps += 1
    except StopIteration as e:
        return (e.value, "sleeps", sleeps)
    except StopAsyncIteration as e:
        return ("StopAsyncIteration", e.args)

ag = level1()
print(run(ag.asend(None)))
print(run(ag.asend(1)))
print(run(ag.asend(2)))
print(run(ag.asend(3)))
print(run(ag.asend(4)))
print(run(ag.asend(None)))
