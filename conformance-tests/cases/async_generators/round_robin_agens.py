# Checks: several async generators interleaved by a hand-written scheduler; each keeps its own state across awaits and yields.
class Sleep:
    def __await__(self):
        yield "sleep"

async def producer(name, n):
    for i in range(n):
        await Sleep()
        yield "%s%d" % (name, i)

class Task:
    def __init__(self, ag):
        self.ag = ag
        self.pending = None

def schedule(gens):
    tasks = [Task(g) for g in gens]
    out = []
    while tasks:
        t = tasks.pop(0)
        if t.pending is None:
            t.pending = t.ag.__anext__()
        try:
            t.pending.send(None)
        except StopIteration as e:
            out.append(e.value)
            t.pending = None
        except StopAsyncIteration:
            out.append("<%s done>" % t.ag.ag_code.co_name)
            continue
        tasks.append(t)
    return out

print(schedule([producer("a", 2), producer("b", 3), producer("c", 1)]))
