# Checks: a failing TaskGroup child cancels its siblings and the body, and the errors come out as an ExceptionGroup with CPython's message
import asyncio


async def sibling():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("sibling cancelled")
        raise


async def failer(msg, steps):
    for _ in range(steps):
        await asyncio.sleep(0)
    raise ValueError(msg)


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            s = tg.create_task(sibling())
            tg.create_task(failer("first", 1))
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("body cancelled")
                raise
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.message, [repr(e) for e in eg.exceptions])
        print(str(eg))
    print("sibling cancelled:", s.cancelled())
    print("main not cancelled:", asyncio.current_task().cancelling())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failer("a", 1))
            tg.create_task(failer("b", 1))
            tg.create_task(sibling())
    except ExceptionGroup as eg:
        print("both errors:", sorted(str(e) for e in eg.exceptions))

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failer("child", 2))
            raise KeyError("body error")
    except BaseExceptionGroup as eg:
        print(type(eg).__name__, [repr(e) for e in eg.exceptions])


asyncio.run(main())
