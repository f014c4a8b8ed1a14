# Checks: async generators are not sync iterables/awaitables: iter/next/list/yield from/await fail with CPython's messages.
def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except BaseException as e:
        return (type(e).__name__, str(e))

async def agen():
    yield 1

ag = agen()
for label, f in [("iter", lambda: iter(ag)), ("next", lambda: next(ag)), ("list", lambda: list(ag)), ("sum", lambda: sum(ag))]:
    try:
        f()
    except TypeError as e:
        print(label, "->", type(e).__name__, e)

def plain():
    yield from ag

try:
    next(plain())
except TypeError as e:
    print("yield from ->", type(e).__name__, e)

async def awaits_it():
    await ag

print("await ->", step(awaits_it()))
items = [1, 2]
async def comp():
    return [x async for x in items]
print("async comprehension over list ->", step(comp()))

async def sync_for():
    for x in ag:
        pass
print("sync for ->", step(sync_for()))
print(hasattr(ag, "__iter__"), hasattr(ag, "__next__"), hasattr(ag, "__await__"))
