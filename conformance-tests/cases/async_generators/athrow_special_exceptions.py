# Checks: athrow() with exceptions that end the generator: caught-then-return gives StopAsyncIteration; StopIteration/StopAsyncIteration/GeneratorExit.
def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except BaseException as e:
        return ("raised", type(e).__name__, str(e))

async def agen():
    try:
        yield 1
    except KeyError:
        print("  KeyError caught, returning")
        return
    yield 2

for exc in [KeyError, StopAsyncIteration, StopIteration, GeneratorExit]:
    ag = agen()
    step(ag.asend(None))
    print(exc.__name__, "->", step(ag.athrow(exc)))
    print("  then asend ->", step(ag.asend(None)))
