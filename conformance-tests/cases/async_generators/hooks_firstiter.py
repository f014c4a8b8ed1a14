# Checks: sys.set_asyncgen_hooks firstiter is called once per generator, on its first asend/athrow/aclose/__anext__ call.
import sys

def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    except BaseException as e:
        return type(e).__name__

seen = []
def firstiter(ag):
    print("  firstiter called for", ag.__name__, "running:", ag.ag_running)
    seen.append(ag)

async def agen():
    yield 1
    yield 2

print(sys.get_asyncgen_hooks())
sys.set_asyncgen_hooks(firstiter=firstiter)
print(sys.get_asyncgen_hooks().firstiter is firstiter, sys.get_asyncgen_hooks().finalizer)
for method in ["asend", "__anext__", "athrow", "aclose"]:
    ag = agen()
    print(method, "- generator created")
    if method == "asend":
        aw = ag.asend(None)
    elif method == "__anext__":
        aw = ag.__anext__()
    elif method == "athrow":
        aw = ag.athrow(ValueError)
    else:
        aw = ag.aclose()
    print(method, "- awaitable created")
    print(method, "->", step(aw))
    print(method, "- second call:", step(ag.aclose()))
print(len(seen), all(type(a).__name__ == "async_generator" for a in seen))
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
ag = agen()
print(step(ag.asend(None)), step(ag.aclose()), len(seen))
