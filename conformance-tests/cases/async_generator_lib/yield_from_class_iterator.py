# Checks: yield_from_ of a class-based async iterator: its StopAsyncIteration("boom") argument is the result; athrow into it (no athrow method) is raised in the delegating generator; aclose and athrow(GeneratorExit) call its aclose.
from async_generator import async_generator, yield_, yield_from_

class Countdown:
    def __init__(self, count):
        self.count = count
        self.closed = False
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.count -= 1
        if self.count < 0:
            raise StopAsyncIteration("boom")
        return self.count
    async def aclose(self):
        self.closed = True

@async_generator
async def yield_from_countdown(count, happenings):
    c = Countdown(count)
    try:
        result = await yield_from_(c)
        happenings.append(("result", result))
    except BaseException as e:
        if c.closed:
            happenings.append("countdown closed")
        happenings.append(("raise", type(e).__name__))
        return "caught " + type(e).__name__

async def collect(ait):
    return [v async for v in ait]

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

h = []
print(run(lambda: collect(yield_from_countdown(3, h))), h)

h = []
agen = yield_from_countdown(3, h)
print(run(lambda: agen.__anext__()))
print(run(lambda: agen.athrow(ValueError("x"))), h)

h = []
agen = yield_from_countdown(3, h)
print(run(lambda: agen.__anext__()))
print(run(lambda: agen.aclose()), h)

h = []
agen = yield_from_countdown(3, h)
print(run(lambda: agen.__anext__()))
print(run(lambda: agen.athrow(GeneratorExit())), h)
