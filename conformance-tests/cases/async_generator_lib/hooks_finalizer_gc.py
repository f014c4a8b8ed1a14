# Checks: a started, unfinished library generator that is dropped is handed to the finalizer hook in effect at its first step (observed after gc.collect()); one started with no finalizer is not; the finalizer can then aclose it.
import gc
from async_generator import async_generator, yield_, get_asyncgen_hooks, set_asyncgen_hooks

events = []
to_finalize = []

def finalizer(agen):
    events.append("finalizer " + agen.ag_frame.f_locals["ident"])
    to_finalize.append(agen)

@async_generator
async def agen(ident):
    try:
        await yield_(1)
        await yield_(2)
    finally:
        events.append("finally " + ident)

def step(ag):
    try:
        ag.asend(None).send(None)
    except StopIteration as e:
        return e.value

old = get_asyncgen_hooks()
set_asyncgen_hooks(None, None)
iterA = agen("A")
step(iterA)
set_asyncgen_hooks(finalizer=finalizer)
iterB = agen("B")
step(iterB)
del iterA, iterB
for _ in range(4):
    gc.collect()
print(sorted(events))
events.clear()
for ag in to_finalize:
    try:
        ag.aclose().send(None)
    except StopIteration:
        pass
print(events)
del to_finalize[:]
set_asyncgen_hooks(*old)
