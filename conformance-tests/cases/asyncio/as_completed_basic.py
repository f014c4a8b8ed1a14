# Checks: as_completed yields awaitables in completion order, works with tasks and coroutines, timeout raises TimeoutError, is lazy
import asyncio


async def after(delay, value):
    await asyncio.sleep(delay)
    return value


async def main():
    tasks = [asyncio.create_task(after(d, v)) for d, v in [(0.02, "slow"), (0.001, "fast"), (0.01, "medium")]]
    for aw in asyncio.as_completed(tasks):
        print(await aw)
    results = []
    for aw in asyncio.as_completed([after(0.005, 2), after(0, 1)]):
        results.append(await aw)
    print(results)
    it = asyncio.as_completed([asyncio.create_task(after(0.001, "x")), asyncio.create_task(after(1, "y"))], timeout=0.01)
    print(type(it).__name__)
    try:
        for aw in it:
            print(await aw)
    except TimeoutError:
        print("TimeoutError")
    lazy = asyncio.as_completed(asyncio.get_running_loop().create_future())
    try:
        next(lazy)
    except TypeError as e:
        print(type(e).__name__, e)


asyncio.run(main())
