# Checks: yield_from_ of an async iterator without aclose/athrow/asend: aclose of the delegating generator works; asend of a non-None value fails with AttributeError inside the delegating generator.
from async_generator import async_generator, yield_, yield_from_

class Countdown:
    def __init__(self, count):
        self.count = count
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.count -= 1
        if self.count < 0:
            raise StopAsyncIteration("boom")
        return self.count

@async_generator
async def yield_from_countdown(count):
    try:
        return await yield_from_(Countdown(count))
    finally:
        print("delegating generator finally")

def run(make):
    try:
        aw = make()
        while True:
            aw.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration as e:
        return ("StopAsyncIteration", e.args)
    except BaseException as e:
        return (type(e).__name__, str(e))

agen = yield_from_countdown(3)
print(run(lambda: agen.__anext__()))
print(run(lambda: agen.__anext__()))
print(run(lambda: agen.aclose()))

agen = yield_from_countdown(3)
print(run(lambda: agen.__anext__()))
print(run(lambda: agen.asend("x")))
print(run(lambda: agen.__anext__()))

agen = yield_from_countdown(2)
print([run(lambda: agen.__anext__()) for _ in range(4)])
