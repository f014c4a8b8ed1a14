# Checks: nested TaskGroups: an inner failure propagates as a nested ExceptionGroup, cancelling the parent task cancels the group's children
import asyncio


async def fail_after(steps, msg):
    for _ in range(steps):
        await asyncio.sleep(0)
    raise RuntimeError(msg)


cancelled = []


async def forever(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        # The order in which a group cancels its tasks is that of a set in CPython.
        cancelled.append(name)
        raise


async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail_after(1, "inner"))
        tg.create_task(forever("inner-sibling"))


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner_group())
            tg.create_task(forever("outer-sibling"))
    except ExceptionGroup as eg:
        print(sorted(cancelled))
        print(eg.message, len(eg.exceptions))
        inner = eg.exceptions[0]
        print(type(inner).__name__, inner.message, [str(e) for e in inner.exceptions])

    async def group_owner():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(forever("child1"))
            tg.create_task(forever("child2"))

    owner = asyncio.create_task(group_owner())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    owner.cancel()
    try:
        await owner
    except asyncio.CancelledError:
        print("owner cancelled:", owner.cancelled(), sorted(cancelled))

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_after(0, "a"))
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            try:
                tg.create_task(forever("too late"))
            except RuntimeError as e:
                print(type(e).__name__, str(e).split("> ")[1])
    except ExceptionGroup as eg:
        print([str(e) for e in eg.exceptions])


asyncio.run(main())
