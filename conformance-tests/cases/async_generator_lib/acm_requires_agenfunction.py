# Checks: asynccontextmanager refuses a plain generator function, a coroutine function, and @async_generator stacked on top of it (the wrong order) with TypeError.
from async_generator import asynccontextmanager, async_generator, yield_

def syncgen():
    yield

async def coro():
    pass

for fn in (syncgen, coro):
    try:
        asynccontextmanager(fn)
    except TypeError as e:
        print(fn.__name__, "TypeError", e)

try:
    @async_generator
    @asynccontextmanager
    async def wrong_order():
        await yield_()
except TypeError as e:
    print("wrong order: TypeError", e)

@asynccontextmanager
@async_generator
async def right_order():
    await yield_()
print("right order accepted:", right_order.__name__)
