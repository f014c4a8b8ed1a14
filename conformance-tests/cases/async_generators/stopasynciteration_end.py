# Checks: return / falling off the end / a raised exception end an async generator; later anext gives StopAsyncIteration.
def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return ("yield", e.value)
    except BaseException as e:
        return (type(e).__name__, str(e))

async def bare_return(flag):
    yield 1
    if flag:
        return
    yield 2

async def raising():
    yield 1
    raise KeyError("boom")

for ag in [bare_return(True), bare_return(False), raising()]:
    print([step(ag.__anext__()) for _ in range(4)])

async def empty():
    return
    yield

print(step(empty().__anext__()))
