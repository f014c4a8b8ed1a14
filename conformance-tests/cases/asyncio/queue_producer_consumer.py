# Checks: Queue producer/consumer with several consumers, task_done/join, a sentinel per consumer, items processed in FIFO order
import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i, "size", q.qsize())
    print("producer done")


async def consumer(name, q, seen):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            print(name, "stops")
            return
        seen.append((name, item))
        await asyncio.sleep(0)
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=3)
    seen = []
    consumers = [asyncio.create_task(consumer(f"c{i}", q, seen)) for i in range(2)]
    await producer(q, 7)
    await q.join()
    print("joined; unfinished 0, empty:", q.empty())
    for _ in consumers:
        await q.put(None)
    await asyncio.gather(*consumers)
    print(seen)
    print(sorted(item for _, item in seen))


asyncio.run(main())
