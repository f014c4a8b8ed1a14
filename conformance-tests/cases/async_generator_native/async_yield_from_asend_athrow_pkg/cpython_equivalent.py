# CPython equivalent of async_generator_native/async_yield_from_asend_athrow.py: async yield from written out as a hand-written delegation loop (PEP 380 style) with native yield.
async def sub_generator():
    try:
        total = 0
        while True:
            try:
                got = yield total
                total += got
            except ValueError as e:
                print("sub caught", repr(e))
                total = 0
    finally:
        print("sub finally")

async def agen():
    try:
        sub = sub_generator()
        _i = sub
        _y = await _i.__anext__()
        while True:
            try:
                _s = yield _y
            except GeneratorExit:
                await _i.aclose()
                raise
            except BaseException as _e:
                _y = await _i.athrow(_e)
            else:
                _y = await _i.asend(_s)
    finally:
        print("outer finally")

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
print(run(lambda: ag.asend(3)))
print(run(lambda: ag.asend(4)))
print(run(lambda: ag.athrow(ValueError("reset"))))
print(run(lambda: ag.asend(5)))
print(run(lambda: ag.aclose()))
