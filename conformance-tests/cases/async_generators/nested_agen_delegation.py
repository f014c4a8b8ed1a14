# Checks: an async generator re-yielding another's values with async for; asend values are not forwarded to the inner one.
def drive(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "<end>"

async def inner():
    for i in range(3):
        got = yield "inner %d" % i
        print("  inner received", got)

async def outer():
    async for v in inner():
        got = yield v
        print("  outer received", got)
    yield "outer tail"

ag = outer()
print(drive(ag.asend(None)))
for s in ["x", "y", "z", "w"]:
    print(drive(ag.asend(s)))
