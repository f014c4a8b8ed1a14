# Checks: a helper coroutine that yields a question with yield_, receives the answer from asend and returns a processed value to the native async generator that awaited it. (Krait goes beyond CPython here: expected output written from the native-yield equivalent in helper_ask_returns_pkg/cpython_equivalent.py)
from async_generator import yield_

async def ask(question):
    answer = await yield_(question + "?")
    return answer.upper()

async def interview():
    name = await ask("name")
    city = await ask("city")
    yield name + " from " + city

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

ag = interview()
print(run(lambda: ag.asend(None)))
print(run(lambda: ag.asend("ada")))
print(run(lambda: ag.asend("london")))
print(run(lambda: ag.asend(None)))
