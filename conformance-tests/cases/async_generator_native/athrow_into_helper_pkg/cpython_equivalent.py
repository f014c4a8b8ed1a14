# CPython equivalent of async_generator_native/athrow_into_helper.py: the helpers inlined, await yield_(x) written as yield x.
async def agen():
    x = 1
    try:
        yield x
    except KeyError as e:
        print("helper caught", repr(e))
        yield ("helper recovered", x)
    print("careful done")
    try:
        x = 2
        yield x
        print("careless done")
    except ValueError as e:
        print("generator caught", repr(e))
        yield "generator recovered"
    yield "end"

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
print(run(lambda: ag.asend(None)))
