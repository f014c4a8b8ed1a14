# Checks: StopIteration and StopAsyncIteration raised inside an async generator become RuntimeError with __cause__.
def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return ("yield", e.value)
    except BaseException as e:
        return (type(e).__name__, str(e), repr(e.__cause__))

async def raises_stop():
    yield 1
    raise StopIteration("sync stop")

async def raises_async_stop():
    yield 1
    raise StopAsyncIteration("async stop")

async def next_on_empty():
    yield next(iter([]))

async def caught_inside():
    try:
        raise StopAsyncIteration
    except StopAsyncIteration:
        yield "caught inside is fine"

for f in [raises_stop, raises_async_stop, next_on_empty, caught_inside]:
    ag = f()
    print(f.__name__, step(ag.asend(None)), step(ag.asend(None)))
