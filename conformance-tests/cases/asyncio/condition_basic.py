# Checks: Condition wait/notify/notify_all/wait_for with a shared lock, errors when not acquired
import asyncio


async def consumer(name, cond, items):
    async with cond:
        await cond.wait_for(lambda: items)
        print(name, "took", items.pop(0))


async def sleeper(name, cond):
    async with cond:
        r = await cond.wait()
        print(name, "notified", r)


async def main():
    cond = asyncio.Condition()
    items = []
    consumers = [asyncio.create_task(consumer(f"c{i}", cond, items)) for i in range(3)]
    await asyncio.sleep(0)
    for i in range(3):
        async with cond:
            items.append(i)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*consumers)

    sleepers = [asyncio.create_task(sleeper(f"s{i}", cond)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0)
    print("two notified, one left:", sum(t.done() for t in sleepers))
    async with cond:
        cond.notify_all()
    await asyncio.gather(*sleepers)
    try:
        await cond.wait()
    except RuntimeError as e:
        print(type(e).__name__, e)
    try:
        cond.notify()
    except RuntimeError as e:
        print(type(e).__name__, e)
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    async with c2:
        print(lock.locked(), c2.locked())
    print(lock.locked())


asyncio.run(main())
