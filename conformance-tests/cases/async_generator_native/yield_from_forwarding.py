# Checks: from a native async generator, yield_from_ into a native sub-generator forwards asend values, athrow (caught in the sub, which yields again) and aclose (the sub's finally runs first). (Krait goes beyond CPython here: expected output written from the native-yield equivalent in yield_from_forwarding_pkg/cpython_equivalent.py)
from async_generator import yield_from_

async def sub():
    try:
        while True:
            try:
                got = yield "sub ready"
                print("sub got", got)
            except KeyError as e:
                print("sub caught", repr(e))
    finally:
        print("sub finally")

async def agen():
    yield "outer start"
    try:
        await yield_from_(sub())
    finally:
        print("outer finally")

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
print(run(lambda: ag.asend(None)))
print(run(lambda: ag.asend(1)))
print(run(lambda: ag.athrow(KeyError("k"))))
print(run(lambda: ag.asend(2)))
print(run(lambda: ag.aclose()))
print(run(lambda: ag.asend(None)))
