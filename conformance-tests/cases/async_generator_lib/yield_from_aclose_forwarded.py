# Checks: aclose() of a generator suspended in yield_from_ closes the delegate first (its finally runs, and may await something that does not suspend), then the delegator's finally; with native and library delegates.
from async_generator import async_generator, yield_, yield_from_

class Instant:
    def __await__(self):
        return "instant"
        yield

@async_generator
async def lib_inner():
    try:
        await yield_("lib")
        await yield_("never")
    finally:
        print("lib_inner finally awaits", await Instant())
        print("lib_inner finally done")

async def native_inner():
    try:
        yield "native"
        yield "never"
    finally:
        print("native_inner finally awaits", await Instant())
        print("native_inner finally done")

@async_generator
async def outer(inner):
    try:
        await yield_from_(inner())
    except GeneratorExit:
        print("outer sees GeneratorExit")
        raise
    finally:
        print("outer finally")

def run(make):
    try:
        aw = make()
        while True:
            print("  runner:", aw.send(None))
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration as e:
        return ("StopAsyncIteration", e.args)

for inner in (lib_inner, native_inner):
    ag = outer(inner)
    print(run(lambda: ag.asend(None)))
    print(run(lambda: ag.aclose()))
    print(run(lambda: ag.asend(None)))
