# Checks: Future set_result/set_exception/cancel, InvalidStateError messages, reprs, callbacks and awaiting a future
import asyncio


def cb(fut):
    print("cb", fut.cancelled() or fut.result())


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f), f.done(), f.cancelled(), f.get_loop() is loop)
    for meth in (f.result, f.exception):
        try:
            meth()
        except asyncio.InvalidStateError as e:
            print(type(e).__name__, e)
    f.add_done_callback(cb)
    loop.call_soon(f.set_result, "value")
    print(await f)
    print(repr(f))
    for args in [(f.set_result, 1), (f.set_exception, ValueError("x"))]:
        try:
            args[0](args[1])
        except asyncio.InvalidStateError as e:
            print(type(e).__name__, e)
    print(f.cancel())
    g = asyncio.Future()
    g.set_exception(ValueError)
    print(repr(g), repr(g.exception()))
    h = loop.create_future()
    try:
        h.set_exception(StopIteration(3))
    except TypeError as e:
        print(type(e).__name__, e)
    print(h.cancel("reason"), h.cancel(), h.cancelled(), repr(h))
    try:
        h.result()
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)
    try:
        h.exception()
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)
    k = loop.create_future()
    k.set_result([1, 2, 3, 4, 5, 6, 7, 8])
    print(repr(k))
    k2 = loop.create_future()
    k2.set_result("a" * 50)
    print(repr(k2))
    await asyncio.sleep(0)
    w = loop.create_future()
    loop.call_later(0.001, w.set_exception, KeyError("late"))
    try:
        await w
    except KeyError as e:
        print("awaited", repr(e))


asyncio.run(main())
