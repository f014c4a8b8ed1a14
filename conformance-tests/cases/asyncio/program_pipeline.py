# Checks: a realistic pipeline: stages connected by bounded queues, workers in a TaskGroup, a semaphore-limited "fetch", results aggregated deterministically
import asyncio


def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2147483648
        yield seed


async def fetch(url, sem, stats):
    async with sem:
        stats["active"] += 1
        stats["peak"] = max(stats["peak"], stats["active"])
        await asyncio.sleep(0)
        stats["active"] -= 1
    return len(url) * 7 % 13


async def stage_fetch(inq, outq, sem, stats):
    while True:
        url = await inq.get()
        if url is None:
            inq.task_done()
            await outq.put(None)
            return
        size = await fetch(url, sem, stats)
        await outq.put((url, size))
        inq.task_done()


async def stage_collect(inq, nworkers, results):
    finished = 0
    while finished < nworkers:
        item = await inq.get()
        if item is None:
            finished += 1
        else:
            results[item[0]] = item[1]


async def main():
    rng = lcg(7)
    urls = [f"http://example/{next(rng) % 1000}/{i}" for i in range(40)]
    inq = asyncio.Queue(maxsize=5)
    outq = asyncio.Queue(maxsize=3)
    sem = asyncio.Semaphore(3)
    stats = {"active": 0, "peak": 0}
    results = {}
    nworkers = 4
    async with asyncio.TaskGroup() as tg:
        for _ in range(nworkers):
            tg.create_task(stage_fetch(inq, outq, sem, stats))
        collector = tg.create_task(stage_collect(outq, nworkers, results))
        for url in urls:
            await inq.put(url)
        for _ in range(nworkers):
            await inq.put(None)
        await inq.join()
    print(len(results), sum(results.values()), stats["peak"] <= 3, collector.done())
    print(sorted(results.items())[:3])


asyncio.run(main())
