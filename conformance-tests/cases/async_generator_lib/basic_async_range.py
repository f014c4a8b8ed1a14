# Checks: @async_generator with await yield_(i) in a loop, collected with async for by a hand-written runner; the body runs lazily, one step per item.
from async_generator import async_generator, yield_

@async_generator
async def async_range(count):
    for i in range(count):
        print("calling yield_(%d)" % i)
        await yield_(i)
    print("loop finished")

async def collect(ait):
    items = []
    async for value in ait:
        print("got", value)
        items.append(value)
    return items

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

print(run(collect(async_range(4))))
print(run(collect(async_range(0))))
