# Checks: asyncio.timeout_at with an absolute loop time, nested timeouts (the inner one fires), repr states, reschedule errors
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.005):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at fired")

    try:
        async with asyncio.timeout(1) as outer:
            try:
                async with asyncio.timeout(0.005) as inner:
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner fired:", inner.expired(), "outer:", outer.expired())
            await asyncio.sleep(0)
        print("outer block done")
    except TimeoutError:
        print("wrong")

    cm = asyncio.timeout(None)
    print(repr(cm))
    async with cm:
        print(repr(cm))
    print(repr(cm))
    try:
        cm.reschedule(None)
    except RuntimeError as e:
        print(type(e).__name__, e)
    t = asyncio.timeout_at(None)
    print(repr(t), t.when())


asyncio.run(main())
