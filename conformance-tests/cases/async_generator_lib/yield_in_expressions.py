# Checks: await yield_ used inside expressions of a library generator: operands, call arguments, conditions, comprehensions (an async comprehension) and f-strings, each receiving the asend values.
from async_generator import async_generator, yield_

@async_generator
async def agen():
    total = (await yield_("a")) + (await yield_("b"))
    print("total", total)
    print("call", max(await yield_("c"), await yield_("d")))
    if await yield_("cond"):
        print("condition true")
    squares = [await yield_(("item", i)) for i in range(3)]
    print("comprehension", squares)
    print(f"fstring {await yield_('f')}!")

def step(ag, value):
    try:
        ag.asend(value).send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "end"

ag = agen()
sends = [None, 1, 2, 3, 4, True, 10, 20, 30, "x"]
print([step(ag, v) for v in sends])
