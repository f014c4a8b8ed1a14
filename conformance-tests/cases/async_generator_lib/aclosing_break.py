# Checks: async with aclosing(agen) closes a library generator when the block is left by break or by an exception; __aenter__ returns the generator itself.
from async_generator import aclosing, async_generator, yield_

@async_generator
async def async_range(count, closed_slot):
    try:
        for i in range(count):
            await yield_(i)
    except GeneratorExit:
        closed_slot[0] = True
        raise

async def main():
    closed_slot = [False]
    ag = async_range(10, closed_slot)
    async with aclosing(ag) as gen:
        print("same object:", gen is ag)
        async for item in gen:
            if item == 4:
                break
    print("after break: item", item, "closed", closed_slot[0])

    closed_slot = [False]
    try:
        async with aclosing(async_range(10, closed_slot)) as gen:
            async for item in gen:
                if item == 2:
                    raise ValueError("stop at 2")
    except ValueError as e:
        print("ValueError", e, "closed", closed_slot[0])

    closed_slot = [False]
    async with aclosing(async_range(3, closed_slot)) as gen:
        print([i async for i in gen])
    print("exhausted: closed", closed_slot[0])

try:
    main().send(None)
except StopIteration:
    print("done")
