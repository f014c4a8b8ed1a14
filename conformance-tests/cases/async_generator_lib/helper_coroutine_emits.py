# Checks: in a library generator, a plain helper coroutine that does await yield_(x) yields x from the generator that awaits it (at any depth), and gets the asend value back.
from async_generator import async_generator, yield_

async def emit(x):
    got = await yield_(x)
    return ("emit got", got)

async def deeper(x):
    return await emit(("deep", x))

@async_generator
async def agen():
    print(await emit(1))
    print(await deeper(2))

def run(make):
    try:
        aw = make()
        while True:
            aw.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration as e:
        return ("StopAsyncIteration", e.args)

ag = agen()
print(run(lambda: ag.asend(None)))
print(run(lambda: ag.asend("a")))
print(run(lambda: ag.asend("b")))
