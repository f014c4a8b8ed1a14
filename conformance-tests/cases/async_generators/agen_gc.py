# Checks: gc.collect() while async generators are suspended (at a yield and inside an await) does not disturb them.
import gc

class Sleep:
    def __await__(self):
        yield "sleep"

def step(aw):
    try:
        return ("suspended", aw.send(None))
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration:
        return "end"

async def agen(box):
    box.append("started")
    for i in range(2):
        await Sleep()
        yield i

box = []
ag = agen(box)
box.append(ag)
aw = ag.asend(None)
print(step(aw))
gc.collect()
print(step(aw))
gc.collect()
aw = ag.asend(None)
print(step(aw))
gc.collect()
print(ag.ag_running, ag.ag_frame is not None)
print(step(aw))
gc.collect()
print(step(ag.asend(None)))
print(box[1], box[0] is ag, ag.ag_frame)
