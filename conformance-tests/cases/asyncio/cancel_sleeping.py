# Checks: cancelling a sleeping task throws CancelledError at its await; the task ends cancelled; cancel() return values; a task catching it finishes normally
import asyncio


async def sleeper(name):
    try:
        print(name, "sleeping")
        await asyncio.sleep(5)
    except asyncio.CancelledError as e:
        print(name, "got CancelledError", e.args)
        raise
    finally:
        print(name, "finally")


async def stubborn():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("stubborn ignores it")
    return "survived"


async def main():
    t = asyncio.create_task(sleeper("a"))
    await asyncio.sleep(0)
    print("cancel ->", t.cancel())
    print("cancel again ->", t.cancel())
    print(t.done(), t.cancelled())
    try:
        await t
    except asyncio.CancelledError as e:
        print("await raised CancelledError", e.args)
    print(t.done(), t.cancelled(), t.cancel())
    try:
        t.result()
    except asyncio.CancelledError:
        print("result() raises CancelledError")
    try:
        t.exception()
    except asyncio.CancelledError:
        print("exception() raises CancelledError")

    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    s.cancel()
    print(await s, s.cancelled(), s.cancelling())

    m = asyncio.create_task(sleeper("b"))
    await asyncio.sleep(0)
    m.cancel("with a message")
    await asyncio.sleep(0)
    print(m.cancelled())
    try:
        m.result()
    except asyncio.CancelledError as e:
        print("message kept:", e.args)


asyncio.run(main())
