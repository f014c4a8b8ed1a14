# Checks: await yield_from_(sub) inside a native async generator delegates to another native async generator, mixed with the outer generator's own yields; the sub's sleeps reach the runner. (Krait goes beyond CPython here: expected output written from the native-yield equivalent in yield_from_native_delegate_pkg/cpython_equivalent.py)
from async_generator import yield_from_

class Sleep:
    def __init__(self, tag="sleep"):
        self.tag = tag
    def __await__(self):
        return (yield self.tag)

async def sub(n):
    for i in range(n):
        await Sleep(("sub sleeps", i))
        yield ("sub", i)

async def agen():
    yield "before"
    await yield_from_(sub(2))
    yield "between"
    await yield_from_(sub(1))
    yield "after"

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
