# Checks: a plain helper coroutine doing await yield_from_(sub) (and returning the sub's result) awaited from a native async generator: the sub's values come out of the generator. (Krait goes beyond CPython here: expected output written from the native-yield equivalent in yield_from_in_helper_pkg/cpython_equivalent.py)
from async_generator import async_generator, yield_, yield_from_

@async_generator
async def numbers(n):
    for i in range(n):
        await yield_(i)
    return "numbers done"

async def relay(n):
    result = await yield_from_(numbers(n))
    print("relay got", result)
    return result.upper()

async def agen():
    yield "start"
    r = await relay(2)
    yield r
    await relay(1)

def collect(ag):
    async def main():
        return [v async for v in ag]
    try:
        main().send(None)
    except StopIteration as e:
        return e.value

print(collect(agen()))
