# CPython equivalent of async_generator_native/aclose_at_yield_.py: the helper inlined, await yield_(x) written as yield x.
class Sleep:
    def __init__(self, tag="sleep"):
        self.tag = tag
    def __await__(self):
        return (yield self.tag)

async def agen():
    try:
        yield "native"
        try:
            yield "from helper"
        finally:
            print("helper finally")
        yield "never"
    except GeneratorExit:
        print("generator sees GeneratorExit")
        raise
    finally:
        await Sleep("cleanup sleep")
        print("generator finally")

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
print(run(lambda: ag.asend(None)))
print(run(lambda: ag.asend(None)))
print(run(lambda: ag.aclose()))
print(run(lambda: ag.asend(None)))
print(run(lambda: ag.aclose()))
