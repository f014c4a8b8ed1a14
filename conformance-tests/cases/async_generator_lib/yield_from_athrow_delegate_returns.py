# Checks: when the delegate catches an athrow()n exception and returns, yield_from_ returns that value in the delegating generator, which carries on (or returns it, ending with StopAsyncIteration(value)).
from async_generator import async_generator, yield_, yield_from_

@async_generator
async def catch():
    try:
        while True:
            await yield_("hi")
    except Exception as exc:
        return ("bye", str(exc))

@async_generator
async def returns_it():
    return await yield_from_(catch())

@async_generator
async def carries_on():
    result = await yield_from_(catch())
    await yield_(("delegate returned", result))

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

for fn in (returns_it, carries_on):
    agen = fn()
    print(run(lambda: agen.__anext__()))
    print(run(lambda: agen.__anext__()))
    print(run(lambda: agen.athrow(ValueError("oops"))))
    print(run(lambda: agen.__anext__()))
