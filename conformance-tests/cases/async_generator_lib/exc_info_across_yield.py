# Checks: sys.exc_info() inside an except block of a library generator survives an await yield_ and a sleep; outside, the consumer's own exception state is separate.
import sys
from async_generator import async_generator, yield_

class Sleep:
    def __await__(self):
        yield "sleep"

@async_generator
async def agen():
    try:
        raise KeyError("inner")
    except KeyError:
        await yield_(("before", repr(sys.exc_info()[1])))
        await Sleep()
        await yield_(("after", repr(sys.exc_info()[1])))
    await yield_(("outside", sys.exc_info()[1]))

async def main():
    ag = agen()
    try:
        raise ValueError("consumer")
    except ValueError:
        print(await ag.__anext__(), "| consumer sees", repr(sys.exc_info()[1]))
    print(await ag.__anext__(), "| consumer sees", sys.exc_info()[1])
    print(await ag.__anext__())

coro = main()
try:
    while True:
        coro.send(None)
except StopIteration:
    print("done")
