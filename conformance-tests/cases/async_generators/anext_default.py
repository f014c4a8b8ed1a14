# Checks: anext(it, default) returns the default at exhaustion only; other exceptions propagate; anext_awaitable type.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Sleep:
    def __await__(self):
        yield

async def agen():
    await Sleep()
    yield 1

async def failing():
    yield 1
    raise ValueError("not swallowed by default")

async def main():
    ag = agen()
    aw = anext(ag, "default")
    print(type(aw).__name__)
    print(await aw)
    print(await anext(ag, "default"))
    print(await anext(ag, None))
    f = failing()
    print(await anext(f, "d"))
    try:
        await anext(f, "d")
    except ValueError as e:
        print("ValueError", e)
    print(await anext(f, "d after error"))

run(main())
