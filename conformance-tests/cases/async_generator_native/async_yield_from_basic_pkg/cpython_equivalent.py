# CPython equivalent of async_generator_native/async_yield_from_basic.py: async yield from written as an async for loop that yields each value, await yield_(x) as yield x.
class Sleep:
    def __init__(self, tag="sleep"):
        self.tag = tag
    def __await__(self):
        return (yield self.tag)

async def sub(tag):
    yield (tag, 1)
    await Sleep((tag, "sleeps"))
    yield (tag, 2)

async def agen():
    yield "start"
    async for v in sub("a"):
        yield v
    yield "middle"
    async for v in sub("b"):
        yield v

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
for _ in range(7):
    print(run(lambda: ag.asend(None)))
