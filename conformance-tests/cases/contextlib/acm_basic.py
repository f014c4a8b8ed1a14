# Checks: @asynccontextmanager driven by a hand-written runner: setup/body/cleanup order across real suspensions, the yielded value bound by `async with ... as`, arguments, __aenter__/__aexit__ called by hand
from contextlib import asynccontextmanager, AbstractAsyncContextManager

class Sleep:
    def __await__(self):
        yield "tick"

def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        print("(steps: %d)" % steps)
        return e.value

@asynccontextmanager
async def connection(host, port=80):
    print("connecting", host, port)
    await Sleep()
    try:
        yield f"conn:{host}:{port}"
    finally:
        await Sleep()
        print("disconnected", host)

async def main():
    async with connection("a") as c:
        print("using", c)
        await Sleep()
    async with connection("b", port=8080) as c1, connection("c") as c2:
        print("two", c1, c2)
    return "main done"

print(run(main()))

async def by_hand():
    cm = connection("d")
    print(type(cm).__name__, isinstance(cm, AbstractAsyncContextManager))
    value = await cm.__aenter__()
    print("entered", value)
    result = await cm.__aexit__(None, None, None)
    print("exit result", result)

run(by_hand())

@asynccontextmanager
async def no_value():
    yield

async def plain():
    async with no_value() as v:
        print("value", v)

run(plain())

# The generator function is called at once; its body runs on __aenter__.
@asynccontextmanager
async def lazy():
    print("lazy body")
    yield 1

cm = lazy()
print("created", type(cm.gen).__name__)
run(cm.__aenter__())
run(cm.__aexit__(None, None, None))

def looping():
    async def inner():
        for i in range(3):
            async with connection(str(i)) as c:
                if i == 1:
                    continue
                if i == 2:
                    break
        return "loop done"
    return run(inner())

print(looping())
