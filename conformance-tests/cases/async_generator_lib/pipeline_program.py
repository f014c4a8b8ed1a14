# Checks: a small program: a pipeline of library generators (source, filter, batcher) with sleeps, run by a scheduler that interleaves two pipelines round-robin.
from async_generator import async_generator, yield_, yield_from_, aclosing

class Sleep:
    def __await__(self):
        yield "sleep"

@async_generator
async def numbers(start, stop):
    for i in range(start, stop):
        await Sleep()
        await yield_(i)

@async_generator
async def only(pred, source):
    async with aclosing(source) as src:
        async for x in src:
            if pred(x):
                await yield_(x)

@async_generator
async def batches(size, source):
    batch = []
    async for x in source:
        batch.append(x)
        if len(batch) == size:
            await yield_(batch)
            batch = []
    if batch:
        await yield_(batch)
    return "flushed"

@async_generator
async def labelled(label, source):
    result = await yield_from_(source)
    await yield_((label, result))

async def consume(name, ait, log):
    async for item in ait:
        log.append((name, item))

def scheduler(tasks):
    ready = list(tasks)
    turns = 0
    while ready:
        task = ready.pop(0)
        try:
            task.send(None)
            ready.append(task)
        except StopIteration:
            pass
        turns += 1
    return turns

log = []
t1 = consume("evens", labelled("E", batches(2, only(lambda x: x % 2 == 0, numbers(0, 9)))), log)
t2 = consume("threes", labelled("T", batches(3, only(lambda x: x % 3 == 0, numbers(10, 30)))), log)
turns = scheduler([t1, t2])
for entry in log:
    print(entry)
print("turns", turns)
