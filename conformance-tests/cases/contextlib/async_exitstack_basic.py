# Checks: AsyncExitStack: enter_async_context, push_async_callback, push_async_exit (coroutine functions and async managers), mixed with the sync methods, LIFO order, pop_all, aclose, suppression
from contextlib import AsyncExitStack, asynccontextmanager

class Sleep:
    def __await__(self):
        yield

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

@asynccontextmanager
async def resource(name):
    print("open", name)
    await Sleep()
    yield name.upper()
    await Sleep()
    print("close", name)

class SyncCM:
    def __enter__(self):
        print("sync enter")
        return "S"
    def __exit__(self, *exc):
        print("sync exit", exc[0])

async def acb(*args, **kwds):
    await Sleep()
    print("async callback", args, sorted(kwds.items()))

async def aexit(typ, val, tb):
    await Sleep()
    print("async exit callback", typ)
    return False

class AsyncOnlyExit:
    async def __aexit__(self, typ, val, tb):
        print("AsyncOnlyExit.__aexit__", typ)

async def main():
    async with AsyncExitStack() as stack:
        print(type(stack).__name__)
        print(await stack.enter_async_context(resource("a")))
        print(stack.enter_context(SyncCM()))
        print(stack.push_async_callback(acb, 1, k="v") is acb)
        print(stack.push_async_exit(aexit) is aexit)
        obj = AsyncOnlyExit()
        print(stack.push_async_exit(obj) is obj)
        stack.callback(print, "sync callback")
        print(await stack.enter_async_context(resource("b")))
        print("body end")

    stack = AsyncExitStack()
    await stack.enter_async_context(resource("c"))
    stack.push_async_callback(acb, "popped")
    moved = stack.pop_all()
    print(type(moved).__name__, len(stack._exit_callbacks))
    await stack.aclose()
    print("old stack closed: nothing")
    await moved.aclose()

    async def suppress_all(*exc):
        print("suppressing", exc[0].__name__)
        return True

    async with AsyncExitStack() as stack:
        stack.push_async_exit(suppress_all)
        raise KeyError("k")
    print("suppressed")

    stack = AsyncExitStack()
    stack.push_async_exit(suppress_all)
    print(await stack.__aexit__(ValueError, ValueError(), None))

    is_sync, wrapper = None, None
    stack = AsyncExitStack()
    stack.push_async_callback(acb)
    is_sync, wrapper = stack._exit_callbacks[-1]
    print(is_sync, wrapper.__wrapped__ is acb)
    await stack.aclose()

run(main())
