# Checks: a hand-written event loop runs several coroutines round-robin; each suspension point interleaves correctly.
class Yield:
    def __await__(self):
        yield

class Loop:
    def __init__(self):
        self.ready = []
        self.results = {}
    def spawn(self, name, coro):
        self.ready.append((name, coro))
    def run(self):
        while self.ready:
            name, coro = self.ready.pop(0)
            try:
                coro.send(None)
            except StopIteration as e:
                print("finished", name, "->", e.value)
                self.results[name] = e.value
            else:
                self.ready.append((name, coro))
        return self.results

async def sub_step(name, i):
    await Yield()
    return i * 10

async def worker(name, steps):
    total = 0
    for i in range(steps):
        print(name, "step", i)
        total += await sub_step(name, i)
    return total

loop = Loop()
loop.spawn("A", worker("A", 3))
loop.spawn("B", worker("B", 1))
loop.spawn("C", worker("C", 2))
print(sorted(loop.run().items()))
