# CPython equivalent of async_generator_native/yield_from_chain_mixed.py: the top level's yield_from_ written as a hand-written delegation loop with native yield (the library level is unchanged).
from async_generator import async_generator, yield_, yield_from_

async def bottom():
    got = yield "bottom ready"
    while got is not None:
        got = yield ("bottom got", got)

@async_generator
async def middle():
    await yield_from_(bottom())
    return "middle done"

async def top():
    i = middle()
    y = await i.__anext__()
    while True:
        s = yield y
        try:
            y = await (i.__anext__() if s is None else i.asend(s))
        except StopAsyncIteration as e:
            result = e.args[0]
            break
    yield ("top got", result)

def run(make):
    try:
        aw = make()
        while True:
            aw.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration as e:
        return ("StopAsyncIteration", e.args)

ag = top()
for value in (None, 1, 2, None, None):
    print(run(lambda: ag.asend(value)))
