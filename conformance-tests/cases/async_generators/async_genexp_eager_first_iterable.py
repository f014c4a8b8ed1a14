# Checks: an async genexp evaluates its first iterable (and __aiter__) at creation, also in a sync function; errors raised then.
def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "<end>"

class Source:
    def __init__(self):
        print("  Source created")
    def __aiter__(self):
        print("  __aiter__ called")
        return self
    async def __anext__(self):
        raise StopAsyncIteration

async def letters():
    yield "p"
    yield "q"

def sync_function():
    ge = (c.upper() async for c in letters())
    print("created in a sync function:", type(ge).__name__)
    return ge

ge = sync_function()
print(step(ge.__anext__()), step(ge.__anext__()), step(ge.__anext__()))
ge2 = (x async for x in Source())
print("genexp created")
print(step(ge2.__anext__()))
for bad in [5, [1, 2]]:
    try:
        (x async for x in bad)
    except TypeError as e:
        print(type(e).__name__, e)
