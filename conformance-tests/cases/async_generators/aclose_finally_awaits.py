# Checks: aclose(): a finally that awaits (without or with suspending) is fine; a finally that yields gives RuntimeError.
class Instant:
    def __await__(self):
        return "instant"
        yield

class Sleep:
    def __await__(self):
        yield "sleep"

def drive(aw):
    out = []
    try:
        while True:
            out.append(aw.send(None))
    except StopIteration as e:
        out.append(("done", e.value))
    except BaseException as e:
        out.append((type(e).__name__, str(e)))
    return out

async def awaits_in_finally(suspend):
    try:
        yield "body"
    finally:
        print("cleanup got", await Instant())
        if suspend:
            await Sleep()
        print("cleanup finished")

for suspend in (False, True):
    ag = awaits_in_finally(suspend)
    drive(ag.asend(None))
    print(drive(ag.aclose()))

async def yields_in_finally():
    try:
        yield "body"
    finally:
        await Sleep()
        yield "finally yield"

ag = yields_in_finally()
drive(ag.asend(None))
print(drive(ag.aclose()))
print(drive(ag.aclose()))
