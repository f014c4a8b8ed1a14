# Async generators: recursive async generator tree walk re-yielding children with `async for`, driven by hand.
class Sleep:
    def __await__(self):
        yield


def build(depth, start):
    if depth == 0:
        return (start, ())
    left = build(depth - 1, start * 2)
    right = build(depth - 1, start * 2 + 1)
    return (start, (left, right))


async def walk(node):
    value, children = node
    if not children:
        await Sleep()
    yield value
    for child in children:
        async for v in walk(child):
            yield v


async def main(tree):
    total = 0
    count = 0
    async for v in walk(tree):
        total += v
        count += 1
    return count, total


def run(coro):
    suspensions = 0
    try:
        while True:
            coro.send(None)
            suspensions += 1
    except StopIteration as e:
        return e.value, suspensions


tree = build(15, 1)
for rep in range(7):
    result = run(main(tree))
print(result)
