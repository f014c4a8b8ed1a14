# Checks: RuntimeError "anext(): asynchronous generator is already running" from inside the generator and via pending awaitables.
class Sleep:
    def __await__(self):
        yield

def step(aw):
    try:
        aw.send(None)
        return "suspended"
    except StopIteration as e:
        return ("value", e.value)
    except BaseException as e:
        return ("raised", type(e).__name__, str(e))

async def selfish():
    print(step(me.asend(None)))
    print(step(me.athrow(ValueError)))
    print(step(me.aclose()))
    yield "done"

me = selfish()
print(step(me.asend(None)))

async def slow():
    await Sleep()
    yield 1

ag = slow()
first = ag.__anext__()
print(step(first))
second = ag.__anext__()
print(step(second))
print(step(first))
print(step(second))
