# Checks: gather propagates the first exception (other children keep running); return_exceptions=True puts exceptions and CancelledError in the results
import asyncio


async def ok(n, steps=1):
    for _ in range(steps):
        await asyncio.sleep(0)
    print("ok", n)
    return n


async def bad(n):
    await asyncio.sleep(0)
    raise ValueError(f"bad {n}")


async def main():
    try:
        await asyncio.gather(ok(1), bad(2), ok(3, 3), bad(4))
    except ValueError as e:
        print("caught", e)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    res = await asyncio.gather(ok(5), bad(6), ok(7), return_exceptions=True)
    print([repr(r) for r in res])
    t = asyncio.create_task(ok(8, 5))
    u = asyncio.create_task(ok(9, 5))
    g = asyncio.gather(t, u, bad(10), return_exceptions=True)
    await asyncio.sleep(0)
    t.cancel()
    u.cancel("stop u")
    res = await g
    print([repr(r) for r in res])
    print(t.cancelled(), u.cancelled())


asyncio.run(main())
