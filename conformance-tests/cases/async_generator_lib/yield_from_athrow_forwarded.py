# Checks: athrow() into a generator suspended in yield_from_ is forwarded to the delegate's athrow: caught there (its next value comes out), or propagated up through the delegating generator, which can catch it.
from async_generator import async_generator, yield_, yield_from_

@async_generator
async def inner():
    for i in range(3):
        try:
            await yield_(i)
        except KeyError as e:
            print("inner caught KeyError", e)
            await yield_("inner recovered")

@async_generator
async def outer():
    try:
        await yield_from_(inner())
    except ValueError as e:
        print("outer caught ValueError", e)
        await yield_("outer recovered")
    await yield_("outer end")

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

ag = outer()
print(run(lambda: ag.__anext__()))
print(run(lambda: ag.athrow(KeyError("k"))))
print(run(lambda: ag.__anext__()))
print(run(lambda: ag.athrow(ValueError("v"))))
print(run(lambda: ag.athrow(OSError("o"))))
print(run(lambda: ag.__anext__()))
