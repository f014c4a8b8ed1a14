# Checks: async def returns a coroutine; await on coroutines returns their values; driving with send(None) to StopIteration.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def add(a, b):
    print("add", a, b)
    return a + b

async def compute():
    x = await add(1, 2)
    y = await add(x, 10)
    return x * y

c = compute()
print(type(c).__name__)
print("nothing ran yet")
print(run(c))

async def no_return():
    await add(0, 0)

print(run(no_return()))
try:
    compute().send(None)
except StopIteration as e:
    print("single send finished:", e.value)
