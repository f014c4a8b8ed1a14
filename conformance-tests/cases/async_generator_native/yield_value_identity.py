# Checks: await yield_(obj) in a native async generator yields the very object (identity kept), including exceptions, None and awaitable-looking objects; the object asend sends in comes back as itself. (Krait goes beyond CPython here: expected output written from the native-yield equivalent in yield_value_identity_pkg/cpython_equivalent.py)
from async_generator import yield_

class Box:
    def __await__(self):
        yield "not awaited"

marker = object()
box = Box()
err = KeyError("value, not raised")

async def agen():
    got = await yield_(marker)
    yield got
    await yield_(box)
    await yield_(err)
    await yield_(None)

async def main():
    ag = agen()
    print(await ag.asend(None) is marker)
    print(await ag.asend(marker) is marker)
    print(await ag.asend(None) is box)
    print(await ag.asend(None) is err)
    print(await ag.asend(None))
    try:
        await ag.asend(None)
    except StopAsyncIteration:
        print("end")

try:
    main().send(None)
except StopIteration:
    print("done")
