# Checks: aclose() of a native async generator suspended in a helper's yield_: GeneratorExit unwinds the helper's finally, then the generator's (which may await a sleep); aclose returns None and the generator is finished. (Krait goes beyond CPython here: expected output written from the native-yield equivalent in aclose_at_yield__pkg/cpython_equivalent.py)
from async_generator import yield_

class Sleep:
    def __init__(self, tag="sleep"):
        self.tag = tag
    def __await__(self):
        return (yield self.tag)

async def helper():
    try:
        await yield_("from helper")
    finally:
        print("helper finally")

async def agen():
    try:
        yield "native"
        await helper()
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
