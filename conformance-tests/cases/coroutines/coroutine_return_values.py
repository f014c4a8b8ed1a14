# Checks: values returned by coroutines through StopIteration.value: None, tuples, exceptions as values, StopIteration-like values.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value, e.args

async def ret(v):
    return v

async def empty():
    pass

async def bare():
    return

for v in [0, (1, 2), None, [None], KeyError("as value"), StopIteration("nested")]:
    print(run(ret(v)))
print(run(empty()), run(bare()))

async def outer():
    a = await ret((5,))
    b = await ret(StopIteration(6))
    return a, type(b).__name__, b.args
print(run(outer()))
