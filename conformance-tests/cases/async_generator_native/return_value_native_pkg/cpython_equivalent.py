# CPython equivalent of async_generator_native/return_value_native.py: CPython's async generators cannot return a value, so with_value is an async iterator class ending with StopAsyncIteration(value); bare is unchanged.
class WithValue:
    def __init__(self):
        self.step = 0
    def asend(self, value):
        return self.__anext__()
    async def __anext__(self):
        self.step += 1
        if self.step <= 2:
            return self.step
        if self.step == 3:
            raise StopAsyncIteration({"answer": 42})
        raise StopAsyncIteration

def with_value():
    return WithValue()

async def bare():
    yield 1
    return

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

for fn in (with_value, bare):
    ag = fn()
    print(fn.__name__, [run(lambda: ag.asend(None)) for _ in range(4)])
