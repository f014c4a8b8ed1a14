# Checks: shield: cancelling the outer awaiter does not cancel the shielded task, which completes; shield of a done future returns it
import asyncio


async def important():
    await asyncio.sleep(0.005)
    print("important work finished")
    return "result"


async def main():
    inner = asyncio.create_task(important())

    async def caller():
        return await asyncio.shield(inner)

    c = asyncio.create_task(caller())
    await asyncio.sleep(0)
    c.cancel()
    try:
        await c
    except asyncio.CancelledError:
        print("caller cancelled")
    print("inner cancelled?", inner.cancelled())
    print(await inner)

    done = asyncio.get_running_loop().create_future()
    done.set_result(5)
    print(asyncio.shield(done) is done)

    async def fails():
        await asyncio.sleep(0)
        raise OSError("io")

    try:
        await asyncio.shield(fails())
    except OSError as e:
        print("shield passes exceptions:", e)

    t = asyncio.create_task(asyncio.sleep(1))
    s = asyncio.shield(t)
    t.cancel()
    try:
        await s
    except asyncio.CancelledError:
        print("inner cancelled -> outer cancelled", s.cancelled())


asyncio.run(main())
