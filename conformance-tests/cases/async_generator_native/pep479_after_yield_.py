# Checks: PEP 479 in a native async generator that uses yield_: StopIteration raised after an await yield_ becomes RuntimeError with the StopIteration as __cause__; one raised in a helper coroutine is already a RuntimeError (from the coroutine) when it reaches the generator. (Krait goes beyond CPython here: expected output written from the native-yield equivalent in pep479_after_yield__pkg/cpython_equivalent.py)
from async_generator import yield_

async def agen():
    yield 0
    await yield_(1)
    raise StopIteration("direct")

async def emit_next():
    await yield_(next(iter([])))

async def agen2():
    yield 1
    await emit_next()

def run(make):
    try:
        aw = make()
        while True:
            aw.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration as e:
        return ("StopAsyncIteration", e.args)
    except BaseException as e:
        return (type(e).__name__, str(e), type(e.__cause__).__name__, e.__cause__.args)

for fn in (agen, agen2):
    ag = fn()
    print([run(lambda: ag.asend(None)) for _ in range(4 if fn is agen else 3)])
