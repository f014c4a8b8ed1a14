# Checks: yield_ three plain coroutines deep below a native async generator yields from the generator; the asend value comes back to the innermost await and each level's return value travels up. (Krait goes beyond CPython here: expected output written from the native-yield equivalent in helper_depth_three_pkg/cpython_equivalent.py)
from async_generator import yield_

async def level3(x):
    got = await yield_(("level3", x))
    print("level3 got", got)
    return got * 2

async def level2(x):
    r = await level3(x + 1)
    print("level2 got", r)
    return r + 1

async def level1(x):
    r = await level2(x + 1)
    print("level1 got", r)
    return r

async def agen():
    total = 0
    for x in (0, 100):
        total += await level1(x)
        yield ("total", total)

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
for value in (None, 5, None, 7, None):
    print(run(lambda: ag.asend(value)))
