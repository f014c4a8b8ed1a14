# Checks: default task names Task-N counted per interpreter (asyncio.run's own tasks included), name=, set_name, get_coro
import asyncio


async def child():
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()


async def main():
    t = asyncio.current_task()
    print("main:", t.get_name())
    a = asyncio.create_task(child())
    b = asyncio.create_task(child(), name="worker")
    c = asyncio.create_task(child(), name=17)
    print(a.get_name(), b.get_name(), repr(c.get_name()))
    a.set_name(("tuple", 1))
    print(repr(a.get_name()))
    print(await a, await b, await c)
    print(b.get_coro().__qualname__, type(b.get_coro()).__name__)
    d = asyncio.create_task(child())
    print(d.get_name())
    await d


asyncio.run(main())
asyncio.run(main())
