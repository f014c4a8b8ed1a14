# Checks: CancelledError propagates up an await chain with finally blocks, try/except Exception does not catch it, and the outer task ends cancelled
import asyncio


async def level3():
    try:
        await asyncio.sleep(1)
    finally:
        print("level3 finally")


async def level2():
    try:
        await level3()
    except Exception:
        print("never: CancelledError is not an Exception")
    finally:
        print("level2 finally")


async def level1():
    try:
        await level2()
    except asyncio.CancelledError as e:
        print("level1 saw", type(e).__name__, e.args)
        raise


async def main():
    t = asyncio.create_task(level1())
    await asyncio.sleep(0)
    t.cancel("stop")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main saw", e.args)
    print("cancelled:", t.cancelled())

    inner = asyncio.create_task(level3())
    async def waiter():
        return await inner
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    w.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("inner cancelled too:", inner.cancelled(), w.cancelled())


asyncio.run(main())
