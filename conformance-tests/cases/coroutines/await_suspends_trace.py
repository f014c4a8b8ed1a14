# Checks: a four-level await chain suspends at the innermost __await__; each level resumes exactly once per step (traced).
class Sleep:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        print("    Sleep", self.n, "before yield")
        sent = yield "sleep %d" % self.n
        print("    Sleep", self.n, "after yield, sent", sent)
        return sent

async def level(depth):
    print("  level", depth, "start")
    if depth == 0:
        a = await Sleep(1)
        b = await Sleep(2)
        r = [a, b]
    else:
        r = await level(depth - 1)
        print("  level", depth, "got", r)
        r = r + [depth]
    print("  level", depth, "end")
    return r

c = level(3)
print("driver got", c.send(None))
print("driver got", c.send("first"))
try:
    c.send("second")
except StopIteration as e:
    print("driver result", e.value)
