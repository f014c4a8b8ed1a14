# Checks: types.coroutine generator-based coroutines are awaitable; types.CoroutineType; native coroutine attributes.
import types

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

@types.coroutine
def legacy_sleep(tag):
    got = yield ("legacy", tag)
    return "legacy resumed with " + repr(got)

@types.coroutine
def legacy_awaits_native():
    result = yield from native_helper()
    return "legacy got " + result

async def native_helper():
    await legacy_sleep("helper")
    return "native"

async def main():
    a = await legacy_sleep(1)
    print(a)
    b = await legacy_awaits_native()
    print(b)
    return "main done"

m = main()
print(type(m).__name__, isinstance(m, types.CoroutineType))
print(m.send(None))
print(m.send("x"))
try:
    m.send("y")
except StopIteration as e:
    print(e.value)
print(types.CoroutineType is type(m), types.CoroutineType.__name__)
g = legacy_sleep(0)
print(type(g).__name__, isinstance(g, types.CoroutineType), isinstance(g, types.GeneratorType))
g.close()
m2 = main()
try:
    iter(m2)
except TypeError as e:
    print(type(e).__name__, e)
m2.close()
