# Checks: finally blocks with awaits and yields in an async generator run exactly once on normal end, break-like return and aclose.
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
        except StopAsyncIteration:
            return out

async def agen(stop_at):
    for i in range(3):
        try:
            yield i
            if i == stop_at:
                return
        finally:
            print("  finally", i, "start")
            await Sleep()
            yield "f%d" % i
            print("  finally", i, "end")
    print("  after loop")

print(drain(agen(99)))
print(drain(agen(1)))
ag = agen(99)
aw = ag.asend(None)
try:
    aw.send(None)
except StopIteration as e:
    print("first", e.value)
closer = ag.aclose()
try:
    while True:
        closer.send(None)
except BaseException as e:
    print("aclose ->", type(e).__name__, e)
try:
    ag.asend(None).send(None)
except BaseException as e:
    print("resumed after failed aclose ->", type(e).__name__, e)
print(ag.ag_frame)
