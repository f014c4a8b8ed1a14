# Checks: bare return inside try with a finally that awaits and yields; return inside finally overrides an exception.
class Sleep:
    def __await__(self):
        yield

def drain(ag):
    out = []
    while True:
        aw = ag.asend(None)
        try:
            while True:
                aw.send(None)
        except StopIteration as e:
            out.append(e.value)
        except BaseException as e:
            out.append(type(e).__name__)
            return out

async def early(flag):
    try:
        yield "start"
        if flag:
            return
        yield "not returned"
    finally:
        await Sleep()
        yield "finally"
    yield "after"

print(drain(early(True)))
print(drain(early(False)))

async def swallow():
    try:
        yield 1
        raise KeyError("lost")
    finally:
        return

print(drain(swallow()))
