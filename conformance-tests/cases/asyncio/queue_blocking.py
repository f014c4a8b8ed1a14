# Checks: get() waits on an empty queue and put() on a full one, waiters are woken in FIFO order, a cancelled getter does not lose items
import asyncio


async def getter(name, q):
    item = await q.get()
    print(name, "got", item)


async def putter(name, q, item):
    await q.put(item)
    print(name, "put", item)


async def main():
    q = asyncio.Queue()
    tasks = [asyncio.create_task(getter(f"g{i}", q)) for i in range(3)]
    await asyncio.sleep(0)
    print("getters waiting:", str(q))
    for i in range(3):
        q.put_nowait(i * 10)
    await asyncio.gather(*tasks)

    full = asyncio.Queue(1)
    full.put_nowait("x")
    ps = [asyncio.create_task(putter(f"p{i}", full, i)) for i in range(2)]
    await asyncio.sleep(0)
    print(str(full))
    print("take", full.get_nowait())
    await asyncio.sleep(0)
    print("take", full.get_nowait())
    await asyncio.sleep(0)
    print("take", full.get_nowait())
    await asyncio.gather(*ps)

    q2 = asyncio.Queue()
    g = asyncio.create_task(getter("cancelled", q2))
    h = asyncio.create_task(getter("survivor", q2))
    await asyncio.sleep(0)
    q2.put_nowait("only")
    g.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(g.cancelled(), h.done(), q2.qsize())


asyncio.run(main())
