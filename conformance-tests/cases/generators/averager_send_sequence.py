# Checks: a coroutine-style generator driven only by send(): running average, state kept across many sends.
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        term = yield average
        if term is None:
            break
        total += term
        count += 1
        average = total / count
    return (count, average)

avg = averager()
next(avg)
for v in [10, 30, 5, 15.5]:
    print(avg.send(v))
try:
    avg.send(None)
except StopIteration as e:
    print("result", e.value)

def grouper(results, key):
    while True:
        results[key] = yield from averager()

results = {}
for key, values in [("a", [1, 2, 3]), ("b", [10, 20])]:
    group = grouper(results, key)
    next(group)
    for v in values:
        group.send(v)
    group.send(None)
    group.close()
print(results)
