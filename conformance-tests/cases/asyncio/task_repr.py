# Checks: Task and Future reprs in every state: pending/running coroutine line, wait_for, cb=[...], finished result/exception, cancelled, cancelling
import asyncio

FILE = __file__


def show(obj):
    print(repr(obj).replace(FILE, "FILE"))


async def sleeper():
    await asyncio.sleep(1)


async def returns():
    return "x" * 40


async def raises():
    raise ValueError("v")


def on_done(fut):
    pass


async def main():
    t = asyncio.create_task(sleeper(), name="sleepy")
    show(t)
    await asyncio.sleep(0)
    show(t)
    t.cancel()
    show(t)
    try:
        await t
    except asyncio.CancelledError:
        pass
    show(t)
    r = asyncio.create_task(returns())
    await r
    show(r)
    e = asyncio.create_task(raises())
    await asyncio.sleep(0)
    show(e)
    e.exception()
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(on_done)
    show(f)
    f.add_done_callback(on_done)
    f.add_done_callback(print)
    show(f)
    f.set_result(None)
    show(f)
    w = loop.create_future()
    waiting = asyncio.create_task(asyncio.wait_for(w, None), name="waiter")
    await asyncio.sleep(0)
    show(w)
    w.set_result(1)
    await waiting


asyncio.run(main())
