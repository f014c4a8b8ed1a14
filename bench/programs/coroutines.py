# Coroutines: recursive `async def fib` awaiting itself, driven by send(None) until StopIteration.
async def fib(n):
    return n if n < 2 else await fib(n - 1) + await fib(n - 2)


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


results = []
for rep in range(40):
    results.append(run(fib(25)))
print(len(results), results[0], sum(results))
