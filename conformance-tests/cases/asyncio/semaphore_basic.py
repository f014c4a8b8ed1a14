# Checks: Semaphore limits concurrency, locked(), BoundedSemaphore over-release ValueError, negative initial value
import asyncio

active = 0
peak = 0


async def worker(sem, n):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        print("start", n, "active", active)
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        active -= 1
    print("end", n)


async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*[worker(sem, i) for i in range(5)])
    print("peak", peak, "locked", sem.locked())
    s0 = asyncio.Semaphore(0)
    print(s0.locked())
    s0.release()
    print(s0.locked(), await s0.acquire(), s0.locked())
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print(type(e).__name__, e)
    s = asyncio.Semaphore(3)
    for _ in range(3):
        await s.acquire()
    print(s.locked())
    s.release()
    s.release()
    print(s.locked())


asyncio.run(main())
