# Checks: throw()/close() called directly on asend and athrow awaitables before they are sent.
def step(aw, exc=None):
    try:
        aw.throw(exc) if exc else aw.send(None)
        return "suspended"
    except StopIteration as e:
        return ("value", e.value)
    except BaseException as e:
        return ("raised", type(e).__name__, str(e))

async def agen():
    try:
        yield 1
    except KeyError:
        print("  agen caught KeyError")
        yield "after KeyError"
    yield 2

ag = agen()
print(step(ag.asend(None)))
aw = ag.asend(None)
print("throw into fresh asend awaitable:", step(aw, KeyError("k")))
print(step(ag.asend(None)))
aw = ag.asend(None)
print("close fresh asend awaitable:", aw.close())
print("reuse closed awaitable:", step(aw))
print("next asend runs normally:", step(ag.asend(None)))
t = ag.athrow(ValueError)
print("close fresh athrow awaitable:", t.close(), step(t))
print(step(ag.aclose()))
