# Checks: async generators yielding inside async with: __aexit__ runs when the block ends, on aclose(), and on athrow().
class Sleep:
    def __await__(self):
        yield

class Res:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        await Sleep()
        print("  acquire", self.name)
        return self.name
    async def __aexit__(self, et, ev, tb):
        await Sleep()
        print("  release", self.name, et.__name__ if et else None)
        return False

async def agen(name):
    async with Res(name) as r:
        yield r + "-1"
        yield r + "-2"
    yield "after with"

def drive(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return ("result", e.value)
    except BaseException as e:
        return (type(e).__name__, str(e))

ag = agen("full")
print([drive(ag.__anext__()) for _ in range(4)])
ag = agen("closed")
print(drive(ag.__anext__()))
print(drive(ag.aclose()))
ag = agen("thrown")
print(drive(ag.__anext__()))
print(drive(ag.athrow(KeyError("k"))))
