# Checks: asyncio.run returns the coroutine's result, runs nested awaits in order, and sleep(d, result) returns result
import asyncio


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


async def main():
    print("start")
    x = await add(1, 2)
    print("x =", x)
    y = await asyncio.sleep(0, "slept")
    print("y =", y)
    z = await asyncio.sleep(0.001, result=42)
    print("z =", z)
    print(await asyncio.sleep(0))
    return x * 10


print(asyncio.run(main()))
print(asyncio.iscoroutinefunction(main), asyncio.iscoroutinefunction(print))
c = main()
print(asyncio.iscoroutine(c), asyncio.iscoroutine(42))
print(asyncio.run(c))
