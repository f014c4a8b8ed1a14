# Checks: gc.collect() while coroutines are suspended (and referenced, even in cycles) does not disturb them.
import gc

class Sleep:
    def __await__(self):
        return (yield "zz")

async def worker(holder):
    holder.append("running")
    total = 0
    for i in range(3):
        total += await Sleep()
    return total

holder = []
c = worker(holder)
holder.append(c)
print(c.send(None))
gc.collect()
print(c.send(1))
gc.collect()
print(c.send(2))
try:
    c.send(3)
except StopIteration as e:
    print("result", e.value)
print(holder[1], holder[0] is c, c.cr_frame)
