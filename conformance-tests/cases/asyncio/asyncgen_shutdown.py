# Checks: async generators iterated under asyncio; unfinished ones (kept alive) are closed by shutdown_asyncgens at the end of asyncio.run, running their finally
import asyncio
import sys

keep = []


async def ticker(name, n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield f"{name}{i}"
    finally:
        print(name, "finally, running loop:", asyncio.get_running_loop() is not None)


async def main():
    print([x async for x in ticker("full", 3)])
    g = ticker("partial", 10)
    keep.append(g)
    print(await g.__anext__(), await g.__anext__())
    h = ticker("never-started", 2)
    keep.append(h)
    hooks = sys.get_asyncgen_hooks()
    print(hooks.firstiter is not None, hooks.finalizer is not None)
    print("main returns")


print(sys.get_asyncgen_hooks())
asyncio.run(main())
print("after run")
print(sys.get_asyncgen_hooks())
