# Checks: an exception raised in a library generator's body propagates out of asend with its traceback context intact (__context__ of an exception raised in except); the generator is then finished.
from async_generator import async_generator, yield_

@async_generator
async def agen():
    await yield_(1)
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("while handling")

def run(make):
    try:
        aw = make()
        while True:
            aw.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration as e:
        return ("StopAsyncIteration", e.args)
    except Exception as e:
        return (type(e).__name__, str(e), type(e.__context__).__name__, e.__cause__)

ag = agen()
print(run(lambda: ag.asend(None)))
print(run(lambda: ag.asend(None)))
print(run(lambda: ag.asend(None)))
print(ag.ag_running)
