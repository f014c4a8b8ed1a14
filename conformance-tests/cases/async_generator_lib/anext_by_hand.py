# Checks: __aiter__ returns the generator itself; __anext__() returns an awaitable driven by send(None); values come out as StopIteration.value; sleeps inside the body reach the runner.
from async_generator import async_generator, yield_

class Sleep:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        return (yield ("sleep", self.tag))

@async_generator
async def ticker():
    for i in range(3):
        await Sleep(i)
        await yield_(i * 10)

ag = ticker()
print(ag.__aiter__() is ag)
while True:
    aw = ag.__anext__()
    try:
        while True:
            print("runner saw", aw.send(None))
    except StopIteration as e:
        print("value", e.value)
    except StopAsyncIteration:
        print("exhausted")
        break
