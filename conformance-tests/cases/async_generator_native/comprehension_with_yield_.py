# Checks: await yield_(x) inside a list comprehension (an async comprehension) of a native async generator yields each x from the generator and collects the asend values. (Krait goes beyond CPython here: expected output written from the native-yield equivalent in comprehension_with_yield__pkg/cpython_equivalent.py)
from async_generator import yield_

async def agen():
    answers = [await yield_(("question", i)) for i in range(3)]
    yield ("answers", answers)
    doubled = {k: await yield_(k) for k in "ab"}
    yield ("doubled", doubled)

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
for value in (None, "x", "y", "z", None, 1, 2, None):
    print(run(lambda: ag.asend(value)))
