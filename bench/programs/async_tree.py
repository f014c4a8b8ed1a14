# asyncio: a gather tree as pyperformance's async_tree ("none" variant): every node gathers 6 children, 6 levels deep (46656 leaves), each leaf awaits asyncio.sleep(0); the tree runs REPEAT times in one asyncio.run.

import asyncio

LEVELS = 6
BRANCHES = 6
REPEAT = 1


async def leaf(counter):
    await asyncio.sleep(0)
    counter[0] += 1
    return 1


async def node(level, counter):
    if level == LEVELS:
        return await leaf(counter)
    results = await asyncio.gather(*[node(level + 1, counter) for _ in range(BRANCHES)])
    return sum(results)


async def main():
    total = 0
    counter = [0]
    for _ in range(REPEAT):
        total += await node(0, counter)
    print("leaves:", total, "leaf calls:", counter[0])


asyncio.run(main())
