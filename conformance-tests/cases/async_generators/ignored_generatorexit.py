# Checks: aclose() of an async generator that yields after GeneratorExit raises "async generator ignored GeneratorExit".
def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except BaseException as e:
        return ("raised", type(e).__name__, str(e))

async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("ignoring GeneratorExit")
        yield "still yielding"
    print("stubborn resumed after the failed aclose")

ag = stubborn()
print(step(ag.asend(None)))
print(step(ag.aclose()))
print(ag.ag_frame is not None)
print(step(ag.asend(None)))
print(step(ag.asend(None)))

async def finally_yields():
    try:
        yield 1
    finally:
        yield "yield in finally"

ag = finally_yields()
step(ag.asend(None))
print(step(ag.aclose()))
print(step(ag.aclose()))
