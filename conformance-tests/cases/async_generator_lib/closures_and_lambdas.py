# Checks: @async_generator on nested functions capturing and updating enclosing variables (nonlocal), created fresh per call; each generator object runs independently.
from async_generator import async_generator, yield_

def make_counter(step):
    calls = 0
    @async_generator
    async def counter(n):
        nonlocal calls
        calls += 1
        for i in range(n):
            await yield_(i * step)
    def get_calls():
        return calls
    return counter, get_calls

async def collect(ait):
    return [v async for v in ait]

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

by2, calls2 = make_counter(2)
by5, calls5 = make_counter(5)
a, b = by2(3), by2(2)
print(run(a.__anext__()), run(b.__anext__()), run(a.__anext__()))
print(run(collect(a)), run(collect(b)), run(collect(by5(3))))
print(calls2(), calls5())
