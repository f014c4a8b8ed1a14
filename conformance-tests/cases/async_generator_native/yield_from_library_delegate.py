# Checks: a native async generator delegates with yield_from_ to an @async_generator generator: values out, asend values in, and the library generator's return value is yield_from_'s result. (Krait goes beyond CPython here: expected output written from the native-yield equivalent in yield_from_library_delegate_pkg/cpython_equivalent.py)
from async_generator import async_generator, yield_, yield_from_

@async_generator
async def accumulate():
    total = 0
    while True:
        got = await yield_(total)
        if got is None:
            return ("total", total)
        total += got

async def agen():
    result = await yield_from_(accumulate())
    yield ("delegate returned", result)

def run(make):
    try:
        aw = make()
        while True:
            print("  runner:", aw.send(None))
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration as e:
        return ("StopAsyncIteration", e.args)
    except BaseException as e:
        return (type(e).__name__, str(e))

ag = agen()
for value in (None, 5, 7, None, None):
    print(run(lambda: ag.asend(value)))
