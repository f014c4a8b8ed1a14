# Checks: async generators closing over cells; nonlocal updates visible between instances; late binding in loops.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

def make():
    produced = 0
    async def gen(n):
        nonlocal produced
        for i in range(n):
            produced += 1
            yield i
    def count():
        return produced
    return gen, count

gen, count = make()

async def main():
    a = [x async for x in gen(2)]
    b = [x async for x in gen(3)]
    print(a, b, count())
    gens = []
    for k in range(3):
        async def g():
            yield k
        gens.append(g())
    print([await anext(x) for x in gens])
    for x in gens:
        await x.aclose()

run(main())
