# Checks: __aexit__ runs (and awaits) on return, break, continue and exceptions leaving an async with in loops.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Sleep:
    def __await__(self):
        yield

class CM:
    def __init__(self, tag):
        self.tag = tag
    async def __aenter__(self):
        print("enter", self.tag)
    async def __aexit__(self, et, ev, tb):
        await Sleep()
        print("exit", self.tag, et.__name__ if et else None)

async def loop():
    for i in range(4):
        async with CM(i):
            if i == 0:
                continue
            if i == 2:
                break
            print("body", i)
    async with CM("ret"):
        return "returned"

print(run(loop()))

async def nested():
    async with CM("outer"):
        async with CM("inner"):
            await Sleep()
            raise KeyError("through both")

try:
    run(nested())
except KeyError as e:
    print("propagated", repr(e))
