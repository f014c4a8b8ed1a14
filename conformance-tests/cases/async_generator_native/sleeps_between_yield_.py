# Checks: yield_ and real suspensions (sleep requests answered by the runner, with values sent back) interleave in a native async generator and its helpers; the runner sees only the sleeps. (Krait goes beyond CPython here: expected output written from the native-yield equivalent in sleeps_between_yield__pkg/cpython_equivalent.py)
from async_generator import yield_

class Sleep:
    def __init__(self, tag="sleep"):
        self.tag = tag
    def __await__(self):
        return (yield self.tag)

async def tick(n):
    got = await Sleep(("tick", n))
    await yield_(("ticked", n, got))

async def agen():
    for n in range(2):
        await tick(n)
        await Sleep("between")
        yield ("native", n)

def run(make):
    try:
        aw = make()
        request = aw.send(None)
        while True:
            print("  runner:", request)
            request = aw.send(("answer to", request))
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration as e:
        return ("StopAsyncIteration", e.args)

ag = agen()
for _ in range(5):
    print(run(lambda: ag.asend(None)))
