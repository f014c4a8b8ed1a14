# Checks: many generators interleaved by a round-robin scheduler keep independent state and finish in order.
def task(name, steps):
    for i in range(steps):
        print(name, "step", i)
        yield
    return name + " done"

def scheduler(tasks):
    queue = list(tasks)
    results = []
    while queue:
        t = queue.pop(0)
        try:
            next(t)
        except StopIteration as e:
            results.append(e.value)
        else:
            queue.append(t)
    return results

print(scheduler([task("A", 3), task("B", 1), task("C", 2)]))

def pinger(n):
    count = 0
    while count < n:
        msg = yield "ping " + str(count)
        count += 1
        print("pinger got", msg)

def ponger():
    while True:
        msg = yield
        print("ponger got", msg)

p1 = pinger(3)
p2 = ponger()
next(p2)
for msg in p1:
    p2.send(msg)
p2.close()
