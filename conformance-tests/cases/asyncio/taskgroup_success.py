# Checks: TaskGroup waits for all its tasks on exit, results available afterwards, create_task with names, errors for unentered/finished groups
import asyncio


async def job(n):
    for _ in range(n):
        await asyncio.sleep(0)
    print("job", n, "done")
    return n * n


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job(3))
        t2 = tg.create_task(job(1), name="second")
        t3 = tg.create_task(job(2))
        print("body done; tasks pending:", t1.done(), t2.done(), t3.done())
    print("after group:", t1.result(), t2.result(), t3.result(), t2.get_name())

    tg2 = asyncio.TaskGroup()
    c = job(0)
    try:
        tg2.create_task(c)
    except RuntimeError as e:
        print(type(e).__name__, str(e).split(" has ")[1])
    c.close()
    c = job(0)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print(type(e).__name__, str(e).split(" is ")[1])
    c.close()
    async with asyncio.TaskGroup() as tg3:
        pass
    print("empty group ok")

    async with asyncio.TaskGroup() as outer:
        async def spawner():
            outer.create_task(job(1))
            return "spawned"
        s = outer.create_task(spawner())
    print(s.result())


asyncio.run(main())
