# Checks: the firstiter hook is called with the library generator when asend()/__anext__()/athrow() is first called, before the awaitable is stepped; only once per generator; the hook in effect at that first call counts; aclose of an unstarted generator does not call it.
import sys
from async_generator import async_generator, yield_, get_asyncgen_hooks, set_asyncgen_hooks

events = []

def firstiter(agen):
    events.append("firstiter " + names[agen])

@async_generator
async def agen(ident):
    events.append("yield 1 " + ident)
    await yield_(1)
    events.append("yield 2 " + ident)
    await yield_(2)

names = {}

def make(ident):
    ag = agen(ident)
    names[ag] = ident
    return ag

async def anext_verbosely(it, ident):
    events.append("before asend " + ident)
    sender = it.asend(None)
    events.append("before send " + ident)
    await sender
    events.append("after asend " + ident)

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "StopAsyncIteration"
    except Exception as e:
        return type(e).__name__

old = get_asyncgen_hooks()
set_asyncgen_hooks(None, None)
iterA = make("A")
iterB = make("B")
run(anext_verbosely(iterA, "A"))
set_asyncgen_hooks(firstiter=firstiter)
run(anext_verbosely(iterB, "B"))
iterC = make("C")
run(anext_verbosely(iterC, "C"))
run(anext_verbosely(iterA, "A"))
print(events)
events.clear()

iterX = make("X")
sender1 = iterX.asend(None)
sender2 = iterX.asend(None)
events.append("before close")
sender1.close()
sender2.close()
run(iterX.aclose())
print(events)
events.clear()

iterY = make("Y")
run(iterY.aclose())
events.append("after aclose of unstarted Y")
iterZ = make("Z")
run(iterZ.athrow(KeyError("k")))
iterW = make("W")
run(iterW.__anext__())
print(events)
events.clear()

for ag in (iterA, iterB, iterC, iterW):
    run(ag.aclose())
set_asyncgen_hooks(*old)
print(events)
