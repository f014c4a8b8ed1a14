# Checks: an awaitable that runs several child coroutines concurrently inside its __await__ generator and gathers results.
class Sleep:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        yield self.tag

class Gather:
    def __init__(self, *coros):
        self.coros = list(coros)
    def __await__(self):
        results = [None] * len(self.coros)
        pending = list(range(len(self.coros)))
        while pending:
            still = []
            for i in pending:
                try:
                    tag = self.coros[i].send(None)
                except StopIteration as e:
                    results[i] = e.value
                else:
                    still.append(i)
            pending = still
            if pending:
                yield "gather round, pending %s" % pending
        return results

async def job(name, n):
    for i in range(n):
        print("job", name, "step", i)
        await Sleep(name)
    return name * n

async def main():
    r = await Gather(job("a", 2), job("b", 3), job("c", 0))
    print("gathered", r)
    return len(r)

c = main()
try:
    while True:
        print("driver:", c.send(None))
except StopIteration as e:
    print("main returned", e.value)
