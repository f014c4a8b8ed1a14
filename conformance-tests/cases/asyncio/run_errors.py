# Checks: asyncio.run with a non-coroutine (ValueError), from a running loop (RuntimeError), and get_running_loop outside a loop
import asyncio


async def inner():
    return 1


async def main():
    c = inner()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print(type(e).__name__, e)
    c.close()
    return "done"


for bad in [5, None, inner, "x"]:
    try:
        asyncio.run(bad)
    except ValueError as e:
        print(type(e).__name__, e.args[0].split(" at 0x")[0])

print(asyncio.run(main()))
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    asyncio.current_task()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print(type(e).__name__, e)
