# Checks: athrow(ValueError) (a class) into a generator doing yield_from_ of a library delegate that does not catch it: the exception comes out of athrow, both generators are finished.
from async_generator import async_generator, yield_, yield_from_

@async_generator
async def async_range(count):
    try:
        for i in range(count):
            await yield_(i)
    finally:
        print("async_range finally")

@async_generator
async def async_range_twice(count):
    try:
        await yield_from_(async_range(count))
        await yield_(None)
        await yield_from_(async_range(count))
    finally:
        print("async_range_twice finally")

def run(make):
    try:
        aw = make()
        while True:
            aw.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration as e:
        return ("StopAsyncIteration", e.args)
    except Exception as e:
        return (type(e).__name__, str(e))

gen = async_range_twice(2)
print(run(lambda: gen.__anext__()))
print(run(lambda: gen.athrow(ValueError)))
print(run(lambda: gen.__anext__()))
