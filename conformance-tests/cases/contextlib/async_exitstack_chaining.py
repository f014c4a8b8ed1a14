# Checks: AsyncExitStack.__aexit__ fixes __context__ of exceptions raised by sync and async callbacks like nested async with statements, and re-raises the last one; each scenario runs with callbacks raising at once and after suspending first (after the resumption the exception being handled by the async with is still the one their raise chains to)
from contextlib import AsyncExitStack

class Sleep:
    def __await__(self):
        if SUSPEND:
            yield

SUSPEND = False

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

def chain(e):
    names = []
    while e is not None:
        names.append(f"{type(e).__name__}({', '.join(map(str, e.args))})")
        e = e.__context__
    return " <- ".join(names)

class ARaise:
    def __init__(self, exc):
        self.exc = exc
    async def __aenter__(self):
        return self
    async def __aexit__(self, *exc):
        await Sleep()
        raise self.exc

class ARaiseWithContext:
    def __init__(self, outer, inner):
        self.outer, self.inner = outer, inner
    async def __aenter__(self):
        return self
    async def __aexit__(self, *exc):
        try:
            raise self.inner
        except:
            raise self.outer

class ASuppress:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *exc):
        print("suppressing", exc[0].__name__)
        return True

class SyncRaise:
    def __init__(self, exc):
        self.exc = exc
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        raise self.exc

async def main():
    try:
        async with ARaise(IndexError("i")):
            async with ARaiseWithContext(KeyError("k"), AttributeError("a")):
                async with ASuppress():
                    async with ARaise(ValueError("v")):
                        1 / 0
    except IndexError as exc:
        print("nested:", chain(exc))

    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(ARaise(IndexError("i")))
            await stack.enter_async_context(ARaiseWithContext(KeyError("k"), AttributeError("a")))
            await stack.enter_async_context(ASuppress())
            await stack.enter_async_context(ARaise(ValueError("v")))
            1 / 0
    except IndexError as exc:
        print("stack :", chain(exc))

    try:
        async with AsyncExitStack() as stack:
            stack.enter_context(SyncRaise(OSError("sync outer")))
            await stack.enter_async_context(ARaise(EOFError("async inner")))
            raise NameError("body")
    except OSError as exc:
        print("mixed :", chain(exc))

    async def raiser(exc):
        await Sleep()
        raise exc

    err = TypeError("last")
    try:
        async with AsyncExitStack() as stack:
            stack.push_async_callback(raiser, err)
            stack.push_async_exit(ASuppress())
            raise KeyError("body")
    except TypeError as exc:
        print("after suppression:", chain(exc), exc is err)

for SUSPEND in (False, True):
    print("-- callbacks suspend first:", SUSPEND)
    run(main())
