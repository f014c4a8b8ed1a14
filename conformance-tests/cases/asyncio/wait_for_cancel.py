# Checks: cancelling a task blocked in wait_for cancels the inner awaitable too and propagates CancelledError
import asyncio


async def inner():
    try:
        await asyncio.sleep(1)
    finally:
        print("inner finally")


async def outer():
    try:
        await asyncio.wait_for(inner(), 5)
    except asyncio.CancelledError:
        print("outer got CancelledError")
        raise


async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main: outer cancelled", t.cancelled())


asyncio.run(main())
