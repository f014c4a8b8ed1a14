# Checks: inside a native async generator, await yield_(x) yields x exactly like yield x, freely mixed with native yield; await yield_() yields None. (Krait goes beyond CPython here: expected output written from the native-yield equivalent in mixed_yield_and_yield__pkg/cpython_equivalent.py)
from async_generator import yield_

async def agen():
    yield 1
    await yield_(2)
    yield 3
    await yield_()
    for i in range(2):
        await yield_(("loop", i))
        yield ("native", i)

def collect(ag):
    async def main():
        return [v async for v in ag]
    try:
        main().send(None)
    except StopIteration as e:
        return e.value

print(collect(agen()))
