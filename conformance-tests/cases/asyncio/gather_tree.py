# Checks: a recursive gather tree: every node gathers its children, results summed in order, leaves interleaved by sleep(0)
import asyncio

log = []


async def node(path, depth):
    if depth == 0:
        log.append(path)
        await asyncio.sleep(0)
        log.append(path + "!")
        return int(path or "0", 3)
    results = await asyncio.gather(*[node(path + str(i), depth - 1) for i in range(3)])
    return sum(results)


async def main():
    total = await node("", 3)
    print(total)
    print(log[:12])
    print(log[-6:])
    print(len(log))
    print(len(asyncio.all_tasks()))


asyncio.run(main())
