# Checks: await in call args (order), displays, f-strings, conditional expressions, and/or short-circuit, comparisons, subscripts.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Sleep:
    def __await__(self):
        yield

async def v(x):
    print("  await", x)
    await Sleep()
    return x

def t(x):
    print("  eval", x)
    return x

def f(*args):
    return args

async def main():
    print(f(t(1), await v(2), t(3)))
    print([await v("a"), t("b")], (await v("c"),), {await v("k"): await v("val")})
    print(f"{await v('f')}-{await v(3.14159):.2f}")
    print(await v("yes") if await v(0) else await v("no"))
    print(await v(0) and await v("skipped"))
    print(await v("left") or await v("skipped"))
    print(t(1) < await v(2) < t(3))
    data = [10, 20, 30]
    print(data[await v(1)], data[await v(0):await v(2)])
    print(-(await v(5)), not await v(0), await v(2) ** await v(3))
    x = None
    if (x := await v("walrus")):
        print("bound", x)
    total = 1
    total += await v(41)
    print(total)
    return await v("ret")

print(run(main()))
