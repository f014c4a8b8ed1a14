# Checks: async generator functions with defaults, *args, keyword-only and **kwargs; argument errors at call time.
def collect(ag):
    out = []
    while True:
        try:
            ag.asend(None).send(None)
        except StopIteration as e:
            out.append(e.value)
        except StopAsyncIteration:
            return out

async def agen(a, b=2, *rest, key="k", **extra):
    yield a
    yield b
    yield rest
    yield key
    yield sorted(extra)

print(collect(agen(1)))
print(collect(agen(1, 3, 4, key="K", z=1)))
for args, kwargs in [((), {}), ((1,), {"a": 1})]:
    try:
        agen(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)
