# Checks: a scheduler with a virtual clock: coroutines yield sleep durations, wake up in time order, results are collected.
class sleep:
    def __init__(self, delay):
        self.delay = delay
    def __await__(self):
        yield self.delay

class Scheduler:
    def __init__(self):
        self.now = 0
        self.queue = []
        self.seq = 0
    def spawn(self, coro, at=0):
        self.queue.append((at, self.seq, coro))
        self.seq += 1
    def run(self):
        while self.queue:
            self.queue.sort()
            at, _, coro = self.queue.pop(0)
            self.now = at
            try:
                delay = coro.send(None)
            except StopIteration as e:
                print("t=%d done: %s" % (self.now, e.value))
            else:
                self.spawn(coro, self.now + delay)

sched = Scheduler()

async def ticker(name, period, count):
    for i in range(count):
        print("t=%d %s tick %d" % (sched.now, name, i))
        await sleep(period)
    return name + " finished"

async def waiter():
    await sleep(7)
    return "waited until %d" % sched.now

sched.spawn(ticker("fast", 2, 4))
sched.spawn(ticker("slow", 5, 2))
sched.spawn(waiter())
sched.run()
