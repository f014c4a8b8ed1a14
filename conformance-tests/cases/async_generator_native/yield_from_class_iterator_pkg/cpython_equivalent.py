# CPython equivalent of async_generator_native/yield_from_class_iterator.py: the yield_from_ written out as a hand-written delegation loop (PEP 380 style) with native yield.
class Countdown:
    def __init__(self, count):
        self.count = count
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.count -= 1
        if self.count < 0:
            raise StopAsyncIteration("boom")
        return self.count
    async def aclose(self):
        print("Countdown.aclose")

async def agen(n):
    try:
        sub = Countdown(n)
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
        yield ("result", result)
    except ValueError as e:
        print("generator caught", repr(e))
        yield "recovered"
    finally:
        print("generator finally")

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

ag = agen(2)
for _ in range(5):
    print(run(lambda: ag.asend(None)))
ag = agen(3)
print(run(lambda: ag.asend(None)))
print(run(lambda: ag.athrow(ValueError("v"))))
print(run(lambda: ag.asend(None)))
ag = agen(3)
print(run(lambda: ag.asend(None)))
print(run(lambda: ag.aclose()))
