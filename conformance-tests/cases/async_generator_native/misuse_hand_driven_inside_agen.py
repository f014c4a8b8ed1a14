# Checks: misuse: a helper coroutine that calls yield_ but is driven by hand (send) from inside a native async generator is not awaited by it, so it raises RuntimeError; awaiting the same helper works. (Krait goes beyond CPython here: expected output written from the native-yield equivalent in misuse_hand_driven_inside_agen_pkg/cpython_equivalent.py)
from async_generator import yield_

async def emit(x):
    await yield_(x)
    return "emitted"

async def agen():
    c = emit("by hand")
    try:
        c.send(None)
    except RuntimeError as e:
        print("driving by hand:", type(e).__name__)
    print("awaiting:", await emit("awaited"))
    yield "native"

def collect(ag):
    async def main():
        return [v async for v in ag]
    try:
        main().send(None)
    except StopIteration as e:
        return e.value

print(collect(agen()))
