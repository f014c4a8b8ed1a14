# Checks: async closures capture cells; nonlocal updates across suspensions are visible to other coroutines.
class Sleep:
    def __await__(self):
        yield

def make_counter():
    count = 0
    async def incr(by):
        nonlocal count
        old = count
        await Sleep()
        count = old + by
        return count
    def value():
        return count
    return incr, value

incr, value = make_counter()
a = incr(1)
b = incr(10)
a.send(None)
b.send(None)
for c in (a, b):
    try:
        c.send(None)
    except StopIteration as e:
        print("finished with", e.value)
print("lost update visible:", value())

def make_tasks():
    tasks = []
    for i in range(3):
        async def task():
            return i
        tasks.append(task())
    return tasks

for t in make_tasks():
    try:
        t.send(None)
    except StopIteration as e:
        print("late binding", e.value)
