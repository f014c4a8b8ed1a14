# Checks: PEP 479 in library generators: StopIteration or StopAsyncIteration raised in the body (directly or by next() on an empty iterator) comes out as RuntimeError with the original as __cause__.
from async_generator import async_generator, yield_

@async_generator
async def raises_stop_iteration():
    await yield_(1)
    raise StopIteration("direct")

@async_generator
async def raises_stop_async_iteration():
    await yield_(1)
    raise StopAsyncIteration("direct")

@async_generator
async def next_on_empty():
    await yield_(1)
    await yield_(next(iter([])))

def run(make):
    try:
        aw = make()
        while True:
            aw.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration as e:
        return ("StopAsyncIteration", e.args)
    except BaseException as e:
        return (type(e).__name__, str(e), type(e.__cause__).__name__, e.__cause__.args)

for fn in (raises_stop_iteration, raises_stop_async_iteration, next_on_empty):
    ag = fn()
    print(fn.__name__)
    print(run(lambda: ag.asend(None)))
    print(run(lambda: ag.asend(None)))
    print(run(lambda: ag.asend(None)))
