# Checks: an async generator with async for inside async with, re-yielding items; aclose mid-way runs __aexit__ once.
class Sleep:
    def __await__(self):
        yield

class Conn:
    async def __aenter__(self):
        await Sleep()
        print("  connect")
        return self
    async def __aexit__(self, et, ev, tb):
        await Sleep()
        print("  disconnect", et.__name__ if et else None)
    async def rows(self):
        for i in range(4):
            await Sleep()
            yield i

async def query():
    async with Conn() as c:
        async for r in c.rows():
            yield r * r

def drive(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "<end>"

ag = query()
print([drive(ag.__anext__()) for _ in range(5)])
ag = query()
print(drive(ag.__anext__()), drive(ag.__anext__()))
print(drive(ag.aclose()))
