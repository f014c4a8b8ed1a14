# Checks: producer/consumer coroutines communicating through a queue with await-able get(); a scheduler driven by what they yield.
class Queue:
    def __init__(self):
        self.items = []
    def put(self, item):
        self.items.append(item)
    def get(self):
        return _Get(self)

class _Get:
    def __init__(self, q):
        self.q = q
    def __await__(self):
        while not self.q.items:
            yield "waiting"
        return self.q.items.pop(0)

class Pause:
    def __await__(self):
        yield "pause"

async def producer(q, n):
    for i in range(n):
        print("produce", i)
        q.put(i)
        await Pause()
    q.put(None)
    return "producer done"

async def consumer(q):
    seen = []
    while True:
        item = await q.get()
        if item is None:
            return seen
        print("consume", item)
        seen.append(item)

def run_all(coros):
    results = [None] * len(coros)
    active = list(enumerate(coros))
    while active:
        idx, c = active.pop(0)
        try:
            reason = c.send(None)
            print("  task", idx, "yielded", reason)
            active.append((idx, c))
        except StopIteration as e:
            results[idx] = e.value
    return results

q = Queue()
print(run_all([consumer(q), producer(q, 3)]))
