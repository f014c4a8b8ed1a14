# Checks: athrow() into a native async generator suspended in await yield_(x): caught there (athrow returns the next yielded value), or uncaught (it propagates and the generator is finished). (Krait goes beyond CPython here: expected output written from the native-yield equivalent in athrow_at_yield__pkg/cpython_equivalent.py)
from async_generator import yield_

async def agen():
    while True:
        try:
            await yield_("ready")
        except KeyError as e:
            print("caught", repr(e))
            yield "recovered"

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
