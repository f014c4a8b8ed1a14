# Checks: call_at/call_later run in time order (ties in scheduling order), cancelled timers are skipped, TimerHandle.when, loop.time is monotonic
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    log = []
    t0 = loop.time()
    loop.call_at(t0 + 0.003, log.append, "at 3ms")
    loop.call_at(t0 + 0.001, log.append, "at 1ms")
    h = loop.call_at(t0 + 0.002, log.append, "cancelled")
    loop.call_soon(log.append, "soon")
    when = t0 + 0.002
    for i in range(5):
        loop.call_at(when, log.append, f"at-{i}")
    print(type(h).__name__, h.when() > t0, h.cancelled())
    h.cancel()
    print(h.cancelled())
    await asyncio.sleep(0.005)
    print(log)
    t1 = loop.time()
    print(t1 >= t0 + 0.005, t1 - t0 < 5)
    times = []
    for _ in range(5):
        times.append(loop.time())
        await asyncio.sleep(0)
    print(times == sorted(times))
    fired = []
    loop.call_later(0.01, fired.append, "later 10ms")
    loop.call_later(0.001, fired.append, "later 1ms")
    await asyncio.sleep(0.012)
    loop.call_later(0, fired.append, "zero delay")
    loop.call_later(-1, fired.append, "negative delay")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(fired)
    try:
        loop.call_later(None, print)
    except TypeError as e:
        print(type(e).__name__, e)


asyncio.run(main())
