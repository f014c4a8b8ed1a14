# Checks: cancelling tasks blocked on Queue.get, Lock.acquire, Event.wait, Semaphore.acquire and Condition.wait leaves the primitive usable
import asyncio


async def blocked(name, aw):
    try:
        await aw
        print(name, "acquired")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    q = asyncio.Queue()
    lock = asyncio.Lock()
    await lock.acquire()
    ev = asyncio.Event()
    sem = asyncio.Semaphore(0)
    cond = asyncio.Condition()
    tasks = [
        asyncio.create_task(blocked("queue", q.get())),
        asyncio.create_task(blocked("lock", lock.acquire())),
        asyncio.create_task(blocked("event", ev.wait())),
        asyncio.create_task(blocked("semaphore", sem.acquire())),
    ]

    async def cond_waiter():
        async with cond:
            await cond.wait()

    tasks.append(asyncio.create_task(blocked("condition", cond_waiter())))
    await asyncio.sleep(0)
    for t in tasks:
        t.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ for r in results])
    q.put_nowait(1)
    print(await q.get())
    lock.release()
    async with lock:
        print("lock ok")
    ev.set()
    print(await ev.wait())
    sem.release()
    print(await sem.acquire())
    async with cond:
        print("condition lock free:", cond.locked())


asyncio.run(main())
