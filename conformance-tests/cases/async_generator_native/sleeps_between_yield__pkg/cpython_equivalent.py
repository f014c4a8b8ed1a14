# CPython equivalent of async_generator_native/sleeps_between_yield_.py: tick() inlined, await yield_(x) written as yield x.
class Sleep:
    def __init__(self, tag="sleep"):
        self.tag = tag
    def __await__(self):
        return (yield self.tag)

async def agen():
    for n in range(2):
        got = await Sleep(("tick", n))
        yield ("ticked", n, got)
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
