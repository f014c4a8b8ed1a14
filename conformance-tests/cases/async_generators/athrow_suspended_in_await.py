# Checks: athrow()/aclose()/asend() while another asend is suspended inside an await: "already running" RuntimeErrors.
class Sleep:
    def __await__(self):
        yield "sleeping"

def step(aw):
    try:
        r = aw.send(None)
        return ("suspended", r)
    except StopIteration as e:
        return ("value", e.value)
    except BaseException as e:
        return ("raised", type(e).__name__, str(e))

async def agen():
    yield 1
    await Sleep()
    yield 2

ag = agen()
print(step(ag.asend(None)))
pending = ag.asend(None)
print(step(pending))
print("ag_running:", ag.ag_running)
print(step(ag.asend(None)))
print(step(ag.__anext__()))
print(step(ag.athrow(ValueError("v"))))
print(step(ag.aclose()))
print(step(pending))
print("ag_running:", ag.ag_running)
print(step(ag.aclose()))
