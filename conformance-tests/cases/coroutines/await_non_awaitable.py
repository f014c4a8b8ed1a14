# Checks: awaiting non-awaitables: TypeError "object X can't be used in 'await' expression" for ints, None, generators, lists.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

def plain_gen():
    yield 1

class NoAwait:
    pass

class AwaitIsNone:
    __await__ = None

async def try_await(obj):
    try:
        await obj
    except TypeError as e:
        print(type(e).__name__, e)

g = plain_gen()
for obj in [1, None, "s", [1], g, NoAwait(), AwaitIsNone(), plain_gen]:
    run(try_await(obj))

async def awaits_function_result():
    return await len("abc")

try:
    run(awaits_function_result())
except TypeError as e:
    print("uncaught inside:", e)
