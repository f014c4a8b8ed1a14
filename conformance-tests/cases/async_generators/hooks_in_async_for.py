# Checks: async for / async comprehensions over async generators trigger firstiter exactly once per generator.
import sys

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

def firstiter(ag):
    print("firstiter:", ag.__qualname__)

async def agen(n):
    for i in range(n):
        yield i

async def main():
    async for x in agen(3):
        print("loop", x)
    print([y async for y in agen(2)])
    print([z async for z in (w * 2 async for w in agen(2))])
    e = agen(0)
    async for _ in e:
        pass
    async for _ in e:
        pass

sys.set_asyncgen_hooks(firstiter=firstiter)
run(main())
sys.set_asyncgen_hooks(None, None)
