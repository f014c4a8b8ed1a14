# Checks: await on objects whose __await__ is a generator: yielded values reach the driver, sent values come back.
class Sleep:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        got = yield ("sleep", self.label)
        print("Sleep", self.label, "resumed with", got)
        return "slept " + self.label

async def worker():
    a = await Sleep("a")
    print("worker got", a)
    b = await Sleep("b")
    print("worker got", b)
    return [a, b]

coro = worker()
print(coro.send(None))
print(coro.send("r1"))
try:
    coro.send("r2")
except StopIteration as e:
    print("result", e.value)

class Multi:
    def __await__(self):
        for i in range(3):
            yield i
        return "multi done"

async def uses_multi():
    return await Multi()

c = uses_multi()
print([c.send(None) for _ in range(3)])
try:
    c.send(None)
except StopIteration as e:
    print(e.value)

class IterAwait:
    def __await__(self):
        return iter(["x", "y"])

async def uses_iter():
    return await IterAwait()

c = uses_iter()
print(c.send(None), c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("iterator result", e.value)
