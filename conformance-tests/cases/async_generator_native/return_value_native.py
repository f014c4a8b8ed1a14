# Checks: PEP 828: `return value` in a native async generator (also one using yield_) ends iteration with StopAsyncIteration(value); a bare return gives StopAsyncIteration(); later steps give StopAsyncIteration(). (Krait goes beyond CPython here: expected output written from the native-yield equivalent in return_value_native_pkg/cpython_equivalent.py)
from async_generator import yield_

async def with_value():
    yield 1
    await yield_(2)
    return {"answer": 42}

async def bare():
    yield 1
    return

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

for fn in (with_value, bare):
    ag = fn()
    print(fn.__name__, [run(lambda: ag.asend(None)) for _ in range(4)])
