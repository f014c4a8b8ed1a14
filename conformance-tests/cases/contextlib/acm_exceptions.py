# Checks: exceptions through @asynccontextmanager: thrown into the async generator with athrow, identity kept when re-raised, suppression, replacement with chaining, StopAsyncIteration/StopIteration/RuntimeError special cases
from contextlib import asynccontextmanager

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
async def observer():
    try:
        yield
    except BaseException as e:
        await Sleep()
        print("observer saw", type(e).__name__)
        raise

@asynccontextmanager
async def swallow(*types):
    try:
        yield
    except types as e:
        await Sleep()
        print("swallowed", type(e).__name__)

@asynccontextmanager
async def translate():
    try:
        yield
    except KeyError as e:
        raise LookupError("translated") from e

@asynccontextmanager
async def plain():
    yield

async def main():
    err = ValueError("v")
    try:
        async with observer():
            await Sleep()
            raise err
    except ValueError as e:
        print("same:", e is err, e.__context__)

    async with swallow(ValueError, TypeError):
        raise TypeError("t")
    print("continued after suppression")

    try:
        async with swallow(ValueError):
            raise IndexError("i")
    except IndexError as e:
        print("not swallowed:", e)

    try:
        async with translate():
            raise KeyError("k")
    except LookupError as e:
        print(e, "cause:", repr(e.__cause__))

    for exc in (StopAsyncIteration("sai"), StopIteration("si"), RuntimeError("re")):
        for cm in (plain, observer):
            try:
                async with cm():
                    raise exc
            except BaseException as e:
                print(cm.__name__, type(exc).__name__, "->", type(e).__name__, e is exc)

    # A generator that raises StopAsyncIteration itself after athrow.
    @asynccontextmanager
    async def raises_sai():
        try:
            yield
        except KeyError:
            raise StopAsyncIteration("inner")

    try:
        async with raises_sai():
            raise KeyError("k")
    except RuntimeError as e:
        print(type(e).__name__, e, "cause:", repr(e.__cause__))

    # __aexit__ by hand with a type only, and its return values.
    cm = swallow(KeyError)
    await cm.__aenter__()
    print(await cm.__aexit__(KeyError, None, None))
    cm = plain()
    await cm.__aenter__()
    v = OSError("x")
    print(await cm.__aexit__(OSError, v, None))

    # KeyboardInterrupt passes through with identity.
    ki = KeyboardInterrupt()
    try:
        async with observer():
            raise ki
    except KeyboardInterrupt as e:
        print("KeyboardInterrupt same:", e is ki)

run(main())
