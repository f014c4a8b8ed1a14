# Checks: gather returns results in argument order whatever the completion order, accepts futures and repeated awaitables, gather() with no args
import asyncio


async def delayed(value, steps):
    for _ in range(steps):
        await asyncio.sleep(0)
    print("finished", value)
    return value


async def main():
    print(await asyncio.gather(delayed("a", 3), delayed("b", 1), delayed("c", 2)))
    print(await asyncio.gather())
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "from future")
    t = asyncio.create_task(delayed("task", 0))
    print(await asyncio.gather(fut, t, delayed("coro", 0)))
    c = delayed("same", 1)
    print(await asyncio.gather(c, c, t))
    g = asyncio.gather(delayed(1, 0), delayed(2, 0))
    print(type(g).__name__, isinstance(g, asyncio.Future), g.done())
    print(await g, g.done())


asyncio.run(main())
