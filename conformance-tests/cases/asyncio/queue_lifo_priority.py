# Checks: LifoQueue order, PriorityQueue order with tuples and ties, str() showing the heap layout
import asyncio


async def main():
    lq = asyncio.LifoQueue()
    for x in [1, 2, 3]:
        await lq.put(x)
    print(str(lq))
    print([await lq.get() for _ in range(3)])

    pq = asyncio.PriorityQueue()
    for item in [(5, "e"), (1, "a"), (3, "c"), (1, "b"), (4, "d"), (2, "z")]:
        pq.put_nowait(item)
    print(str(pq))
    out = []
    while not pq.empty():
        out.append(pq.get_nowait())
    print(out)
    pq2 = asyncio.PriorityQueue(maxsize=2)
    await pq2.put(9)
    await pq2.put(3)
    print(pq2.full(), await pq2.get(), await pq2.get())
    print(issubclass(asyncio.LifoQueue, asyncio.Queue), issubclass(asyncio.PriorityQueue, asyncio.Queue))


asyncio.run(main())
