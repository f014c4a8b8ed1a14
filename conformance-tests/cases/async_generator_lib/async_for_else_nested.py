# Checks: async for over library generators: else clause after exhaustion, nested loops over two generators, continue, and an exception from the body of the loop.
from async_generator import async_generator, yield_

@async_generator
async def letters(s):
    for ch in s:
        await yield_(ch)

async def main():
    async for a in letters("ab"):
        async for b in letters("xyz"):
            if b == "y":
                continue
            print(a + b)
        else:
            print("inner else after", a)
    else:
        print("outer else")
    g = letters("pq")
    try:
        async for c in g:
            print("item", c)
            raise KeyError(c)
    except KeyError as e:
        print("KeyError", e)
    await g.aclose()
    return "ok"

try:
    main().send(None)
except StopIteration as e:
    print(e.value)
