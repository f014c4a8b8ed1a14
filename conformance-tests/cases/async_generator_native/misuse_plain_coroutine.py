# Checks: misuse: await yield_(x) in a plain coroutine driven by hand with send() (no async generator up the await chain) raises RuntimeError at that await; also through a helper two levels down, and when the coroutine awaited a real sleep first. (Krait goes beyond CPython here: expected output written from the native-yield equivalent in misuse_plain_coroutine_pkg/cpython_equivalent.py)
from async_generator import yield_

class Sleep:
    def __init__(self, tag="sleep"):
        self.tag = tag
    def __await__(self):
        return (yield self.tag)

async def direct():
    await yield_(1)

async def emit(x):
    await yield_(x)

async def via_helper():
    await emit(2)

async def after_sleep():
    await Sleep()
    await yield_(3)

for make in (direct, via_helper, after_sleep):
    coro = make()
    try:
        while True:
            print(make.__name__, "runner got", coro.send(None))
    except StopIteration:
        print(make.__name__, "finished")
    except Exception as e:
        print(make.__name__, type(e).__name__)
