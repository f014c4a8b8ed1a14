# CPython equivalent of async_generator_native/yield_from_forwarding.py: the yield_from_ written out as a hand-written delegation loop (PEP 380 style) with native yield.
async def sub_generator():
    try:
        while True:
            try:
                got = yield "sub ready"
                print("sub got", got)
            except KeyError as e:
                print("sub caught", repr(e))
    finally:
        print("sub finally")

async def agen():
    yield "outer start"
    try:
        sub = sub_generator()
        _i = type(sub).__aiter__(sub)
        try:
            _y = await type(_i).__anext__(_i)
        except StopAsyncIteration as _e:
            result = _e.args[0] if _e.args else None
        else:
            while True:
                try:
                    _s = yield _y
                except GeneratorExit:
                    if hasattr(_i, "aclose"):
                        await _i.aclose()
                    raise
                except BaseException as _e:
                    if not hasattr(_i, "athrow"):
                        raise
                    try:
                        _y = await _i.athrow(_e)
                    except StopAsyncIteration as _e2:
                        result = _e2.args[0] if _e2.args else None
                        break
                else:
                    try:
                        if _s is None:
                            _y = await type(_i).__anext__(_i)
                        else:
                            _y = await _i.asend(_s)
                    except StopAsyncIteration as _e:
                        result = _e.args[0] if _e.args else None
                        break
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
print(run(lambda: ag.asend(None)))
print(run(lambda: ag.asend(1)))
print(run(lambda: ag.athrow(KeyError("k"))))
print(run(lambda: ag.asend(2)))
print(run(lambda: ag.aclose()))
print(run(lambda: ag.asend(None)))
