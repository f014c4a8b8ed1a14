# Checks: Lock mutual exclusion with async with, FIFO hand-over between waiters, locked(), release of an unlocked lock
import asyncio

lock = None
order = []


async def worker(name):
    async with lock:
        order.append(name + " in")
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        order.append(name + " out")


async def main():
    global lock
    lock = asyncio.Lock()
    print(lock.locked())
    await asyncio.gather(*[worker(f"w{i}") for i in range(4)])
    print(order)
    print(await lock.acquire(), lock.locked())
    lock.release()
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print(type(e).__name__, e)
    try:
        asyncio.Lock(loop=asyncio.get_running_loop())
    except TypeError as e:
        print(type(e).__name__, e)

    await lock.acquire()
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    waiter.cancel()
    await asyncio.sleep(0)
    lock.release()
    print("after cancelled waiter:", lock.locked(), waiter.cancelled())
    async with lock:
        print("reacquired")


asyncio.run(main())
