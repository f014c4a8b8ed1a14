# Checks: Event wait/set/clear/is_set wakes every waiter, wait on a set event returns at once, waiting again after clear
import asyncio


async def waiter(name, ev):
    print(name, "waiting")
    r = await ev.wait()
    print(name, "woke", r)


async def main():
    ev = asyncio.Event()
    print(ev.is_set())
    tasks = [asyncio.create_task(waiter(f"w{i}", ev)) for i in range(3)]
    await asyncio.sleep(0)
    print("setting")
    ev.set()
    ev.set()
    print(ev.is_set())
    await asyncio.gather(*tasks)
    print(await ev.wait())
    ev.clear()
    print(ev.is_set())
    t = asyncio.create_task(waiter("late", ev))
    await asyncio.sleep(0.001)
    print("late done?", t.done())
    ev.set()
    await t
    try:
        await asyncio.wait_for(asyncio.Event().wait(), 0.005)
    except TimeoutError:
        print("wait timed out")


asyncio.run(main())
