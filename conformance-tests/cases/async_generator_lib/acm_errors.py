# Checks: asynccontextmanager errors: plain `with` gives RuntimeError naming `async with` (the manager stays usable), no yield gives "didn't yield", two yields give "didn't stop" or "didn't stop after athrow()" with the generator closed.
from async_generator import asynccontextmanager, async_generator, yield_

@asynccontextmanager
@async_generator
async def xxx():
    print("xxx entered")
    await yield_()

@asynccontextmanager
@async_generator
async def yeehaw():
    pass

closed_count = 0

@asynccontextmanager
@async_generator
async def doubleyield():
    try:
        await yield_()
    except Exception:
        pass
    try:
        await yield_()
    finally:
        global closed_count
        closed_count += 1

async def main():
    cm = xxx()
    try:
        with cm:
            print("never")
    except RuntimeError as e:
        print("RuntimeError", e)
    async with cm:
        print("async with works")
    try:
        async with yeehaw():
            print("never")
    except RuntimeError as e:
        print("RuntimeError", e, e.__cause__, e.__suppress_context__)
    try:
        async with doubleyield():
            pass
    except RuntimeError as e:
        print("RuntimeError", e, closed_count)
    try:
        async with doubleyield():
            raise ValueError
    except RuntimeError as e:
        print("RuntimeError", e, closed_count)

try:
    main().send(None)
except StopIteration:
    print("done")
