# Checks: current_task inside tasks and callbacks, all_tasks counts pending tasks only, ensure_future on coroutines/futures/awaitables
import asyncio


class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "custom awaitable"


async def child(n):
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()


async def main():
    me = asyncio.current_task()
    print(me.get_name(), me in asyncio.all_tasks())
    tasks = [asyncio.create_task(child(i), name=f"c{i}") for i in range(3)]
    print(len(asyncio.all_tasks()), sorted(t.get_name() for t in asyncio.all_tasks()))
    print(await asyncio.gather(*tasks))
    print(len(asyncio.all_tasks()))
    loop = asyncio.get_running_loop()
    seen = []
    loop.call_soon(lambda: seen.append(asyncio.current_task()))
    await asyncio.sleep(0)
    print("in a callback:", seen)
    f = loop.create_future()
    print(asyncio.ensure_future(f) is f)
    t = asyncio.ensure_future(child(9))
    print(type(t).__name__, await t)
    a = asyncio.ensure_future(Awaitable())
    print(type(a).__name__, await a)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print(type(e).__name__, e)
    print(asyncio.current_task(loop) is me)


asyncio.run(main())
