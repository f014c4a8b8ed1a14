# Checks: asyncio.wait with FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED and timeout; done/pending sets; argument errors
import asyncio


async def after(delay, value, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(value)
    return value


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    a = asyncio.create_task(after(0.001, "a"), name="a")
    b = asyncio.create_task(after(0.02, "b"), name="b")
    done, pending = await asyncio.wait({a, b}, return_when=asyncio.FIRST_COMPLETED)
    print("FIRST_COMPLETED", names(done), names(pending))
    done, pending = await asyncio.wait([a, b])
    print("ALL_COMPLETED", names(done), names(pending))
    c = asyncio.create_task(after(0, "c"), name="c")
    d = asyncio.create_task(after(0.001, "d", fail=True), name="d")
    e = asyncio.create_task(after(1, "e"), name="e")
    done, pending = await asyncio.wait([c, d, e], return_when=asyncio.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION", names(done), names(pending), repr(d.exception()))
    done, pending = await asyncio.wait([e], timeout=0.002)
    print("timeout", names(done), names(pending), e.done())
    e.cancel()
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)
    for bad in [[], set()]:
        try:
            await asyncio.wait(bad)
        except ValueError as err:
            print(type(err).__name__, err)
    try:
        await asyncio.wait([c], return_when="SOMETIMES")
    except ValueError as err:
        print(type(err).__name__, err)
    try:
        await asyncio.wait(c)
    except TypeError as err:
        print(type(err).__name__, err)
    co = after(0, "co")
    try:
        await asyncio.wait([co])
    except TypeError as err:
        print(type(err).__name__, err)
    co.close()


asyncio.run(main())
