# Checks: wait_for returns the result in time, raises TimeoutError (builtin, cause CancelledError) and cancels the inner task on timeout, timeout None and <= 0
import asyncio


async def slow(delay, value):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print("slow", value, "cancelled")
        raise
    return value


async def main():
    print(await asyncio.wait_for(slow(0, "fast"), timeout=1))
    print(await asyncio.wait_for(slow(0.001, "none"), None))
    try:
        await asyncio.wait_for(slow(1, "late"), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("TimeoutError", type(e) is TimeoutError, type(e.__cause__).__name__)
    t = asyncio.create_task(slow(1, "task"))
    try:
        await asyncio.wait_for(t, 0)
    except TimeoutError:
        print("zero timeout; task cancelled:", t.cancelled())
    f = asyncio.get_running_loop().create_future()
    f.set_result("ready")
    print(await asyncio.wait_for(f, 0))
    try:
        await asyncio.wait_for(slow(0, "err"), -1)
    except TimeoutError:
        print("negative timeout")

    async def raises():
        await asyncio.sleep(0)
        raise LookupError("inner error")

    try:
        await asyncio.wait_for(raises(), 1)
    except LookupError as e:
        print("inner exception:", e)


asyncio.run(main())
