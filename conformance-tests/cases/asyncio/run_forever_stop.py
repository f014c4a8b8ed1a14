# Checks: run_forever runs until stop() (the current iteration finishes first), can be restarted, set_event_loop/get_event_loop
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)
log = []


def tick(n):
    log.append(n)
    if n < 3:
        loop.call_soon(tick, n + 1)
    else:
        loop.stop()
        loop.call_soon(log.append, "after stop")


loop.call_soon(tick, 0)
loop.call_soon(log.append, "same iteration")
loop.run_forever()
print(log)
print(loop.is_running())
loop.call_soon(loop.stop)
loop.run_forever()
print(log)


async def uses_loop():
    return asyncio.get_event_loop() is loop, asyncio.get_running_loop() is loop

print(loop.run_until_complete(uses_loop()))
loop.stop()
loop.call_soon(log.append, "stop before run")
loop.run_forever()
print(log[-1])
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    asyncio.set_event_loop(42)
except TypeError as e:
    print(type(e).__name__, e)
loop.close()
