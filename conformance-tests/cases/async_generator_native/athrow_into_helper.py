# Checks: athrow() while a native async generator is suspended in a helper coroutine's yield_: the helper catches it and emits another value, or lets it through to the generator, which catches it. (Krait goes beyond CPython here: expected output written from the native-yield equivalent in athrow_into_helper_pkg/cpython_equivalent.py)
from async_generator import yield_

async def careful(x):
    try:
        await yield_(x)
    except KeyError as e:
        print("helper caught", repr(e))
        await yield_(("helper recovered", x))
    return "careful done"

async def careless(x):
    await yield_(x)
    return "careless done"

async def agen():
    print(await careful(1))
    try:
        print(await careless(2))
    except ValueError as e:
        print("generator caught", repr(e))
        yield "generator recovered"
    yield "end"

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
print(run(lambda: ag.asend(None)))
print(run(lambda: ag.athrow(KeyError("k"))))
print(run(lambda: ag.asend(None)))
print(run(lambda: ag.athrow(ValueError("v"))))
print(run(lambda: ag.asend(None)))
print(run(lambda: ag.asend(None)))
