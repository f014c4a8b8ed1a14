# Checks: yield_from_ of a class-based async iterator from a native async generator: its StopAsyncIteration argument is the result; athrow (the iterator has no athrow) is raised in the generator; aclose calls the iterator's aclose. (Krait goes beyond CPython here: expected output written from the native-yield equivalent in yield_from_class_iterator_pkg/cpython_equivalent.py)
from async_generator import yield_from_

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
    async def aclose(self):
        print("Countdown.aclose")

async def agen(n):
    try:
        result = await yield_from_(Countdown(n))
        yield ("result", result)
    except ValueError as e:
        print("generator caught", repr(e))
        yield "recovered"
    finally:
        print("generator finally")

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

ag = agen(2)
for _ in range(5):
    print(run(lambda: ag.asend(None)))
ag = agen(3)
print(run(lambda: ag.asend(None)))
print(run(lambda: ag.athrow(ValueError("v"))))
print(run(lambda: ag.asend(None)))
ag = agen(3)
print(run(lambda: ag.asend(None)))
print(run(lambda: ag.aclose()))
