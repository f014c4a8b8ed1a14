# Checks: @asynccontextmanager errors: "generator didn't yield", "generator didn't stop", "generator didn't stop after athrow()", reuse after entering, contexts of the errors
from contextlib import asynccontextmanager

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

@asynccontextmanager
async def no_yield():
    print("no_yield running")
    if False:
        yield

@asynccontextmanager
async def twice():
    yield 1
    print("resumed")
    yield 2

@asynccontextmanager
async def yields_after_catch():
    try:
        yield 1
    except ValueError as e:
        print("caught", repr(e))
    yield 2

async def main():
    try:
        async with no_yield():
            print("never")
    except RuntimeError as e:
        print(type(e).__name__, e, e.__context__, e.__suppress_context__)

    cm = twice()
    try:
        async with cm:
            print("body")
    except RuntimeError as e:
        print(type(e).__name__, e, e.__context__)
    await cm.gen.aclose()

    cm = yields_after_catch()
    try:
        async with cm:
            raise ValueError("boom")
    except RuntimeError as e:
        print(type(e).__name__, e, repr(e.__context__))
    await cm.gen.aclose()

    cm = twice()
    await cm.__aenter__()
    try:
        await cm.__aenter__()
    except AttributeError:
        print("AttributeError on second __aenter__")
    try:
        await cm.__aexit__(None, None, None)
    except RuntimeError as e:
        print(e)
    await cm.gen.aclose()

    @asynccontextmanager
    async def setup_fails():
        raise OSError("setup")
        yield

    try:
        async with setup_fails():
            pass
    except OSError as e:
        print(type(e).__name__, e)

    # A plain (non-async) generator function: the call works, __aenter__ fails.
    @asynccontextmanager
    def sync_gen():
        yield 1

    cm = sync_gen()
    try:
        async with cm:
            pass
    except TypeError as e:
        print(type(e).__name__, e)

run(main())
