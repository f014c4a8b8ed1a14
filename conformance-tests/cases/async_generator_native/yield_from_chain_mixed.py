# Checks: a chain native -> library -> native through yield_from_: values come out of the top, asend values reach the bottom native generator, and the library level's return value comes back to the top. (Krait goes beyond CPython here: expected output written from the native-yield equivalent in yield_from_chain_mixed_pkg/cpython_equivalent.py)
from async_generator import async_generator, yield_, yield_from_

async def bottom():
    got = yield "bottom ready"
    while got is not None:
        got = yield ("bottom got", got)

@async_generator
async def middle():
    await yield_from_(bottom())
    return "middle done"

async def top():
    result = await yield_from_(middle())
    yield ("top got", result)

def run(make):
    try:
        aw = make()
        while True:
            aw.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration as e:
        return ("StopAsyncIteration", e.args)

ag = top()
for value in (None, 1, 2, None, None):
    print(run(lambda: ag.asend(value)))
