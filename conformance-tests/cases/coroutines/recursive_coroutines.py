# Checks: recursive coroutines (fib, tree sum) return correct values; recursion 200 awaits deep with suspensions at the bottom.
def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        return e.value, steps

class Sleep:
    def __await__(self):
        yield

async def fib(n):
    return n if n < 2 else await fib(n - 1) + await fib(n - 2)

print(run(fib(15)))

async def depth(n):
    if n == 0:
        await Sleep()
        return 0
    return 1 + await depth(n - 1)

print(run(depth(200)))

async def tree_sum(tree):
    if isinstance(tree, int):
        await Sleep()
        return tree
    total = 0
    for sub in tree:
        total += await tree_sum(sub)
    return total

print(run(tree_sum([1, [2, 3], [[4], 5]])))
