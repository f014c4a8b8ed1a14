# Checks: aclose() of a generator suspended at a yield whose finally awaits (suspending): the aclose awaitable suspends too.
class Sleep:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        yield self.tag

def step(aw):
    try:
        r = aw.send(None)
        return ("suspended", r)
    except StopIteration as e:
        return ("value", e.value)
    except BaseException as e:
        return ("raised", type(e).__name__, str(e))

async def agen():
    try:
        yield 1
    finally:
        print("finally before await")
        await Sleep("cleanup 1")
        await Sleep("cleanup 2")
        print("finally after awaits")

ag = agen()
print(step(ag.asend(None)))
closer = ag.aclose()
print(step(closer))
print("ag_running during aclose:", ag.ag_running)
print(step(closer))
print(step(closer))
print(ag.ag_frame, ag.ag_running)
