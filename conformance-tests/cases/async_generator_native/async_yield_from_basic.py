# Checks: PEP 828's `async yield from sub()` statement in a native async generator delegates to a native sub-generator (values and sleeps), mixed with native yield and await yield_. (Krait goes beyond CPython here: expected output written from the native-yield equivalent in async_yield_from_basic_pkg/cpython_equivalent.py)
from async_generator import yield_

class Sleep:
    def __init__(self, tag="sleep"):
        self.tag = tag
    def __await__(self):
        return (yield self.tag)

async def sub(tag):
    yield (tag, 1)
    await Sleep((tag, "sleeps"))
    yield (tag, 2)

async def agen():
    yield "start"
    async yield from sub("a")
    await yield_("middle")
    async yield from sub("b")

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
for _ in range(7):
    print(run(lambda: ag.asend(None)))
