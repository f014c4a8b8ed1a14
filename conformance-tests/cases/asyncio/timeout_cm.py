# Checks: asyncio.timeout(): expiry raises TimeoutError after the block, cancels the work inside, expired(), when(), reschedule, None never expires
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.01) as cm:
            print(type(cm).__name__, cm.expired(), cm.when() > loop.time() - 1)
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("work cancelled inside the block")
                raise
        print("not reached")
    except TimeoutError as e:
        print("TimeoutError", repr(e), type(e.__context__).__name__)
    print("expired:", cm.expired())

    async with asyncio.timeout(None) as cm2:
        await asyncio.sleep(0.001)
    print("no deadline:", cm2.when(), cm2.expired())

    async with asyncio.timeout(1) as cm3:
        await asyncio.sleep(0)
    print("in time:", cm3.expired())

    try:
        async with asyncio.timeout(None) as cm4:
            cm4.reschedule(loop.time() + 0.005)
            await asyncio.sleep(1)
    except TimeoutError:
        print("rescheduled deadline hit")

    try:
        async with asyncio.timeout(0):
            await asyncio.sleep(0)
            print("runs until the first suspension")
            await asyncio.sleep(1)
    except TimeoutError:
        print("zero timeout")

    try:
        async with asyncio.timeout(1):
            raise KeyError("own error")
    except KeyError as e:
        print("other exceptions pass:", e)
    print("task cancelling:", asyncio.current_task().cancelling())


asyncio.run(main())
