# CPython equivalent of async_generator_native/athrow_at_yield_.py: await yield_(x) written as yield x.
async def agen():
    while True:
        try:
            yield "ready"
        except KeyError as e:
            print("caught", repr(e))
            yield "recovered"

def run(make):
    try:
        aw = make()
        while True:
            print("  runner:", aw.send(None))
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration as e:
        return ("StopAsyncIteration", e.args)
    except BaseException as e:
        return (type(e).__name__, str(e))

ag = agen()
print(run(lambda: ag.asend(None)))
print(run(lambda: ag.athrow(KeyError("k"))))
print(run(lambda: ag.asend(None)))
print(run(lambda: ag.athrow(ValueError("v"))))
print(run(lambda: ag.asend(None)))
