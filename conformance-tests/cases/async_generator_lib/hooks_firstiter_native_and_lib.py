# Checks: one firstiter hook, set with sys.set_asyncgen_hooks, sees both native and library generators at their first asend; hooks are restored afterwards.
import sys
from async_generator import async_generator, yield_, get_asyncgen_hooks

seen = []

def firstiter(agen):
    seen.append(agen.ag_code.co_name)

@async_generator
async def library_gen():
    await yield_(1)
    await yield_(2)

async def native_gen():
    yield 1
    yield 2

def step(ag):
    try:
        ag.asend(None).send(None)
    except StopIteration as e:
        return e.value

old = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(firstiter=firstiter)
print(get_asyncgen_hooks().firstiter is firstiter)
a = library_gen()
b = native_gen()
print(seen)
print(step(a), step(b), seen)
print(step(a), step(b), seen)
async def close_both():
    await a.aclose()
    await b.aclose()
try:
    close_both().send(None)
except StopIteration:
    pass
sys.set_asyncgen_hooks(*old)
print(get_asyncgen_hooks() == old)
