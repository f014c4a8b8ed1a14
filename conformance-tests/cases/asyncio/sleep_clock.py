# Checks: sleep uses the real clock (time.monotonic and loop.time advance by at least the delay), concurrent sleeps overlap, sleep(0) yields exactly once
import asyncio
import time


async def napper(d, log):
    await asyncio.sleep(d)
    log.append(d)


async def main():
    loop = asyncio.get_running_loop()
    t0 = time.monotonic()
    l0 = loop.time()
    await asyncio.sleep(0.01)
    print(time.monotonic() - t0 >= 0.01, loop.time() - l0 >= 0.01)
    log = []
    t0 = time.monotonic()
    await asyncio.gather(napper(0.012, log), napper(0.004, log), napper(0.008, log))
    elapsed = time.monotonic() - t0
    print(log, elapsed >= 0.012, elapsed < 0.024 + 1)
    trace = []

    async def counter(name):
        for i in range(3):
            trace.append(f"{name}{i}")
            await asyncio.sleep(0)

    await asyncio.gather(counter("a"), counter("b"), counter("c"))
    print(trace)


asyncio.run(main())
