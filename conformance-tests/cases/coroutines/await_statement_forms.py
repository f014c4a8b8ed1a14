# Checks: await inside if/elif/else, while/else, for/else, try/except/else/finally, with; each step traced once.
def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        return e.value, steps

class Sleep:
    def __await__(self):
        yield

async def val(x):
    await Sleep()
    return x

class CM:
    def __enter__(self):
        print("enter")
    def __exit__(self, *a):
        print("exit")

async def main():
    if await val(0):
        print("no")
    elif await val(1):
        print("elif taken")
    n = 0
    while await val(n < 2):
        n += 1
        print("while body", n)
    else:
        print("while else")
    for i in range(2):
        print("for", i, await val(i * 10))
    else:
        print("for else")
    try:
        await val(None)
        raise KeyError("k")
    except KeyError:
        print("except", await val("e"))
    else:
        print("not here")
    finally:
        print("finally", await val("f"))
    with CM():
        print("with body", await val("w"))
    kind, x = await val(("point", 3))
    if kind == "point":
        print("unpacked point", await val(x))
    return "end"

print(run(main()))
