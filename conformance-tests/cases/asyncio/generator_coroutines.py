# Checks: types.coroutine generator-based coroutines awaited and run as tasks, a bare yield in a task, bad yields raise RuntimeError in the task
import asyncio
import types


@types.coroutine
def legacy(n):
    yield
    return n * 3


async def main():
    print(await legacy(2))
    t = asyncio.ensure_future(legacy(5))
    print(type(t).__name__, await t)
    print(asyncio.iscoroutine(legacy(1)))

    @types.coroutine
    def bad_yield():
        yield 42

    async def uses_bad():
        try:
            await bad_yield()
        except RuntimeError as e:
            print(type(e).__name__, e)
        return "recovered"

    print(await asyncio.create_task(uses_bad()))


asyncio.run(main())
print(asyncio.run(legacy(7)))
