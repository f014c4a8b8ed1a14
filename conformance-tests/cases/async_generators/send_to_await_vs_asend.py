# Checks: values sent into a pending asend awaitable go to the await; values given to asend() go to the yield; send order matters.
class Sleep:
    def __await__(self):
        return (yield "sleeping")

def step(aw, v=None):
    try:
        return ("suspended", aw.send(v))
    except StopIteration as e:
        return ("value", e.value)
    except BaseException as e:
        return ("raised", type(e).__name__)

async def agen():
    v = await Sleep()
    print("  await returned", v)
    got = yield "first"
    print("  yield returned", got)
    got = yield "second"
    print("  yield returned", got)

ag = agen()
aw = ag.asend(None)
print(step(aw))
print(step(aw, "into the await"))
aw1 = ag.asend("value of asend #1")
aw2 = ag.asend("value of asend #2")
print(step(aw2))
print(step(aw1))
print(step(ag.asend("last")))
