# Checks: an exception raised by the main coroutine propagates out of asyncio.run with its type, message and chaining
import asyncio


async def fail(n):
    await asyncio.sleep(0)
    if n > 2:
        try:
            {}["k"]
        except KeyError as e:
            raise ValueError(f"bad {n}") from e
    return n


async def main():
    results = []
    for i in range(5):
        results.append(await fail(i))
    return results


try:
    asyncio.run(main())
except ValueError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)


async def cancelled_main():
    asyncio.current_task().cancel("bye")
    await asyncio.sleep(0)
    print("not reached")

try:
    asyncio.run(cancelled_main())
except asyncio.CancelledError as e:
    print("CancelledError", e.args)
print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))
