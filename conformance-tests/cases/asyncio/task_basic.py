# Checks: Task done/result/exception/cancelled states, done callbacks and remove_done_callback counts
import asyncio


async def work(x):
    await asyncio.sleep(0)
    return x * 2


async def boom():
    await asyncio.sleep(0)
    raise KeyError("nope")


def report(fut):
    print("callback:", fut.get_name(), fut.done(), fut.cancelled())


def other(fut):
    print("other callback")


async def main():
    t = asyncio.create_task(work(21), name="w")
    print(t.done(), t.cancelled())
    t.add_done_callback(report)
    t.add_done_callback(other)
    t.add_done_callback(other)
    print("removed", t.remove_done_callback(other))
    print("removed", t.remove_done_callback(other))
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print(type(e).__name__, e)
    try:
        t.exception()
    except asyncio.InvalidStateError as e:
        print(type(e).__name__, e)
    print(await t)
    print(t.done(), t.result(), t.exception())
    await asyncio.sleep(0)
    b = asyncio.create_task(boom(), name="b")
    b.add_done_callback(report)
    try:
        await b
    except KeyError as e:
        print("caught", repr(e))
    print(repr(b.exception()))
    try:
        b.result()
    except KeyError as e:
        print("result raised", repr(e))
    try:
        t.set_result(1)
    except RuntimeError as e:
        print(type(e).__name__, e)
    try:
        t.set_exception(ValueError())
    except RuntimeError as e:
        print(type(e).__name__, e)
    print(t.cancel(), b.cancel())
    print(asyncio.isfuture(t), asyncio.isfuture(work), isinstance(t, asyncio.Future))


asyncio.run(main())
