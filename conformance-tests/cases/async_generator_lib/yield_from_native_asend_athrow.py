# Checks: yield_from_ of a native async generator forwards asend values into its yield expressions and athrow into its try blocks; its finally runs when it is exhausted.
from async_generator import async_generator, yield_, yield_from_

async def native_acc():
    total = 0
    try:
        while total < 10:
            try:
                got = yield total
                total += got
            except ValueError as e:
                print("native caught", e)
                total = -total
    finally:
        print("native finally, total", total)

@async_generator
async def delegator():
    await yield_from_(native_acc())
    await yield_("after")

def run(make):
    try:
        aw = make()
        while True:
            aw.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration as e:
        return ("StopAsyncIteration", e.args)
    except Exception as e:
        return (type(e).__name__, str(e))

ag = delegator()
print(run(lambda: ag.asend(None)))
print(run(lambda: ag.asend(3)))
print(run(lambda: ag.athrow(ValueError("neg"))))
print(run(lambda: ag.asend(20)))
print(run(lambda: ag.asend(None)))
