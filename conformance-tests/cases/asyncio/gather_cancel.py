# Checks: cancelling the future returned by gather cancels every child; the awaiting task sees CancelledError; a done gather cannot be cancelled
import asyncio


async def child(n):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("child", n, "cancelled", e.args)
        raise


async def main():
    tasks = [asyncio.create_task(child(i)) for i in range(3)]
    g = asyncio.gather(*tasks)
    await asyncio.sleep(0)
    print("cancel:", g.cancel("gather msg"))
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather raised CancelledError", e.args)
    print(g.cancelled(), [t.cancelled() for t in tasks])
    print("again:", g.cancel())

    async def quick():
        return 1

    g2 = asyncio.gather(quick(), quick())
    print(await g2, g2.cancel())

    t = asyncio.create_task(child(9))
    g3 = asyncio.gather(t, return_exceptions=True)
    await asyncio.sleep(0)
    g3.cancel()
    try:
        print(await g3)
    except asyncio.CancelledError:
        print("g3 cancelled even with return_exceptions")


asyncio.run(main())
