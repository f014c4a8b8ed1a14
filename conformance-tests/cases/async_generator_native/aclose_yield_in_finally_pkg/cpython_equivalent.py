# CPython equivalent of async_generator_native/aclose_yield_in_finally.py: await yield_(x) written as yield x.
async def agen():
    try:
        yield 1
    finally:
        print("finally runs")
        yield "from finally"
        print("after the yield in finally")

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
print(run(lambda: ag.aclose()))
print(run(lambda: ag.asend(None)))
ag = agen()
print(run(lambda: ag.asend(None)))
print(run(lambda: ag.athrow(GeneratorExit)))
print(run(lambda: ag.asend(None)))
