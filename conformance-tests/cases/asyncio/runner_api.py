# Checks: asyncio.Runner runs several coroutines in one loop, get_loop, closes the loop at exit, errors after close
import asyncio


async def step(n):
    await asyncio.sleep(0)
    return n, asyncio.get_running_loop()


with asyncio.Runner() as runner:
    r1, loop1 = runner.run(step(1))
    r2, loop2 = runner.run(step(2))
    print(r1, r2, loop1 is loop2, runner.get_loop() is loop1)
    print(loop1.is_closed())
print(loop1.is_closed())
c = step(3)
try:
    runner.run(c)
except RuntimeError as e:
    print(type(e).__name__, e)
c.close()
r = asyncio.Runner()
try:
    r.run(42)
except ValueError as e:
    print(type(e).__name__, e)
r.close()
r.close()
