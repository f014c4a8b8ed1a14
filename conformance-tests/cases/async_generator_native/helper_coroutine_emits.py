# Checks: a plain coroutine helper `async def emit(x): await yield_(x)` awaited from a native async generator yields x from that generator, between the generator's own yields. (Krait goes beyond CPython here: expected output written from the native-yield equivalent in helper_coroutine_emits_pkg/cpython_equivalent.py)
from async_generator import yield_

async def emit(x):
    print("emit", x)
    await yield_(x)

async def agen():
    yield "start"
    for i in range(3):
        await emit(i * 10)
    yield "end"

def collect(ag):
    async def main():
        return [v async for v in ag]
    try:
        main().send(None)
    except StopIteration as e:
        return e.value

print(collect(agen()))
