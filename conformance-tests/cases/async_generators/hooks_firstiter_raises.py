# Checks: an exception in the firstiter hook propagates from the first asend() call; the hook is not retried on the next call.
import sys

def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except BaseException as e:
        return (type(e).__name__, str(e))

calls = []
def failing_hook(ag):
    calls.append(ag.__name__)
    raise ValueError("firstiter failed")

async def agen():
    yield "first"
    yield "second"

sys.set_asyncgen_hooks(firstiter=failing_hook)
ag = agen()
try:
    ag.asend(None)
except ValueError as e:
    print("asend() raised", type(e).__name__, e)
print(step(ag.asend(None)))
print(step(ag.__anext__()))
print(step(ag.aclose()))
other = agen()
try:
    other.aclose()
except ValueError as e:
    print("aclose() raised", e)
sys.set_asyncgen_hooks(None, None)
print(step(other.aclose()))
print(calls)
