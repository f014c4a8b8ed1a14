# Checks: PEP 479 in library generators: athrow(StopIteration()) or athrow(StopAsyncIteration()) at a yield_ becomes RuntimeError whose __cause__ is the thrown exception (for StopAsyncIteration the library's own message); the generator is finished afterwards.
from async_generator import async_generator, yield_

@async_generator
async def lets_exception_out():
    await yield_()

def run(make):
    try:
        aw = make()
        while True:
            aw.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except BaseException as e:
        return e

for cls in (StopIteration, StopAsyncIteration):
    ag = lets_exception_out()
    print(run(lambda: ag.asend(None)))
    exc = cls("thrown")
    err = run(lambda: ag.athrow(exc))
    print(type(err).__name__, err.__cause__ is exc, type(err.__cause__).__name__)
    if cls is StopAsyncIteration:
        print("message:", err)
    print(type(run(lambda: ag.asend(None))).__name__)
