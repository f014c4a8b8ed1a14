# Checks: "Task exception was never retrieved" is reported on stderr (message, task repr, traceback) for a failed task nobody awaited; retrieved ones are not
import asyncio


async def bad():
    await asyncio.sleep(0)
    raise ValueError('boom')


async def chained():
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError('during handling')


async def fine():
    raise OSError('retrieved')


keep = []


async def main():
    keep.append(asyncio.create_task(bad()))
    t = asyncio.create_task(fine())
    await asyncio.sleep(0.001)
    print("fine retrieved:", repr(t.exception()))
    await asyncio.sleep(0)
    print("main ends")


asyncio.run(main())


async def main2():
    keep.append(asyncio.create_task(chained()))
    await asyncio.sleep(0.001)

asyncio.run(main2())
print("end of program")
