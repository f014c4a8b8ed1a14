# CPython equivalent of async_generator_native/yield_from_native_delegate.py: each yield_from_ written out as a delegation loop with native yield.
class Sleep:
    def __init__(self, tag="sleep"):
        self.tag = tag
    def __await__(self):
        return (yield self.tag)

async def sub(n):
    for i in range(n):
        await Sleep(("sub sleeps", i))
        yield ("sub", i)

async def agen():
    yield "before"
    async for v in sub(2):
        yield v
    yield "between"
    async for v in sub(1):
        yield v
    yield "after"

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
