# Checks: the asyncgen finalizer hook is never called for async generators that were exhausted or aclose()d, even after gc.collect().
import sys
import gc

def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    except BaseException as e:
        return type(e).__name__

finalized = []
def firstiter(ag):
    print("firstiter", ag.__name__)

def finalizer(ag):
    finalized.append(ag.__name__)

async def exhausted():
    yield 1

async def closed():
    try:
        yield 1
        yield 2
    finally:
        print("closed: finally")

async def never_started():
    yield 1

sys.set_asyncgen_hooks(firstiter, finalizer)
a = exhausted()
print(step(a.asend(None)), step(a.asend(None)))
b = closed()
print(step(b.asend(None)), step(b.aclose()))
c = never_started()
del a, b, c
gc.collect()
print("finalizer calls:", finalized)
sys.set_asyncgen_hooks(None, None)
