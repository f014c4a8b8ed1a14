# Checks: set_exception_handler/get_exception_handler, call_exception_handler with a custom handler, errors from callbacks, default_exception_handler output
import asyncio

FILE = __file__


def handler(loop, context):
    msg = context["message"].replace(FILE, "FILE")
    print("handler got:", msg, sorted(context), repr(context.get("exception")))


def failing_callback(x):
    raise RuntimeError(f"callback failed {x}")


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(failing_callback, 1)
    await asyncio.sleep(0)
    loop.call_exception_handler({"message": "custom", "extra": 42})
    fut = loop.create_future()
    fut.add_done_callback(failing_callback)
    fut.set_result(None)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print(type(e).__name__, e)
    loop.set_exception_handler(None)
    loop.default_exception_handler({"message": "to stderr", "answer": 42})
    loop.call_exception_handler({"message": "also stderr", "exception": ValueError("no traceback")})
    print("still running")


asyncio.run(main())
