# Checks: yield_from_ from a library generator delegates to a native async generator: values out, asend values in, its sleeps reach the runner, and its end resumes the delegator.
from async_generator import async_generator, yield_, yield_from_

class Sleep:
    def __await__(self):
        yield "sleep"

async def native_echo(n):
    for i in range(n):
        await Sleep()
        got = yield i
        print("native got", got)

@async_generator
async def delegator():
    result = await yield_from_(native_echo(3))
    print("yield_from_ returned", result)
    await yield_("tail")

def run(aw):
    try:
        while True:
            print("  runner:", aw.send(None))
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration as e:
        return ("StopAsyncIteration", e.args)

ag = delegator()
print(run(ag.asend(None)))
print(run(ag.asend("a")))
print(run(ag.__anext__()))
print(run(ag.asend("c")))
print(run(ag.asend(None)))
