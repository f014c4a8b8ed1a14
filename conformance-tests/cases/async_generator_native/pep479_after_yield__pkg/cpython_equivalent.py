# CPython equivalent of async_generator_native/pep479_after_yield_.py: await yield_(x) written as yield x.
async def agen():
    yield 0
    yield 1
    raise StopIteration("direct")

async def emit_next():
    next(iter([]))

async def agen2():
    yield 1
    await emit_next()

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

for fn in (agen, agen2):
    ag = fn()
    print([run(lambda: ag.asend(None)) for _ in range(4 if fn is agen else 3)])
