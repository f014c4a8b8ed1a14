# Checks: an asynccontextmanager whose setup and teardown sleep (runner requests) and whose block itself sleeps; the runner sees each request in order.
from async_generator import asynccontextmanager, async_generator, yield_

class Sleep:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        yield self.tag

@asynccontextmanager
@async_generator
async def resource():
    await Sleep("open")
    try:
        await yield_("handle")
    finally:
        await Sleep("close")

async def main():
    async with resource() as h:
        await Sleep("use " + h)
    try:
        async with resource() as h:
            raise KeyError(h)
    except KeyError as e:
        print("KeyError", e)
    return "main done"

coro = main()
try:
    while True:
        print("runner:", coro.send(None))
except StopIteration as e:
    print(e.value)
