# Checks: asend(v) resumes await yield_(x) with v as its value; __anext__ sends None; the last asend ends with StopAsyncIteration.
from async_generator import async_generator, yield_

@async_generator
async def asend_me():
    got = await yield_(1)
    print("got", got)
    got = await yield_(3)
    print("got", got)
    got = await yield_(5)
    print("got", got)

def step(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration as e:
        return ("StopAsyncIteration", e.args)

ag = asend_me()
print(step(ag.__anext__()))
print(step(ag.asend(2)))
print(step(ag.__anext__()))
print(step(ag.asend(4)))
