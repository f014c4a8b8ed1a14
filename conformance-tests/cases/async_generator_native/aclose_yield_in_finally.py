# Checks: a native async generator whose finally does await yield_(x) while being closed: aclose raises RuntimeError as for a native yield there; athrow of GeneratorExit likewise. (Krait goes beyond CPython here: expected output written from the native-yield equivalent in aclose_yield_in_finally_pkg/cpython_equivalent.py)
from async_generator import yield_

async def agen():
    try:
        yield 1
    finally:
        print("finally runs")
        await yield_("from finally")
        print("after the yield in finally")

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
print(run(lambda: ag.aclose()))
print(run(lambda: ag.asend(None)))
ag = agen()
print(run(lambda: ag.asend(None)))
print(run(lambda: ag.athrow(GeneratorExit)))
print(run(lambda: ag.asend(None)))
