# Checks: throw() on the pending asend awaitable goes into the await the generator is suspended in; caught or propagated.
class Sleep:
    def __await__(self):
        yield "sleeping"

def step(aw, exc=None):
    try:
        r = aw.throw(exc) if exc else aw.send(None)
        return ("suspended", r)
    except StopIteration as e:
        return ("value", e.value)
    except BaseException as e:
        return ("raised", type(e).__name__, str(e))

async def agen():
    while True:
        try:
            await Sleep()
        except ValueError as e:
            print("caught in await", repr(e))
            yield "recovered"

ag = agen()
aw = ag.asend(None)
print(step(aw))
print(step(aw, ValueError("into await")))
aw = ag.asend(None)
print(step(aw))
print(step(aw, KeyError("uncaught")))
print(step(ag.asend(None)))
