# Checks: aclose() where the library generator's finally awaits and really sleeps is fine (the runner sees the sleeps); a finally that does await yield_ makes aclose raise RuntimeError.
from async_generator import async_generator, yield_

class Sleep:
    def __await__(self):
        yield "sleep"

@async_generator
async def sync_yield_during_aclose():
    try:
        await yield_(1)
    finally:
        print("finally: sleeping")
        await Sleep()
        print("finally: slept")

@async_generator
async def async_yield_during_aclose():
    try:
        await yield_(1)
    finally:
        print("finally: yielding")
        await yield_(2)
        print("not reached")

def run(aw):
    try:
        while True:
            print("  runner:", aw.send(None))
    except StopIteration as e:
        return ("value", e.value)
    except Exception as e:
        return (type(e).__name__, str(e))

ag = sync_yield_during_aclose()
print(run(ag.__anext__()))
print(run(ag.aclose()))

ag = async_yield_during_aclose()
print(run(ag.__anext__()))
print(run(ag.aclose()))
