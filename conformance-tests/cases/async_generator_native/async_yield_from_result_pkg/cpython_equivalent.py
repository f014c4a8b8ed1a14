# CPython equivalent of async_generator_native/async_yield_from_result.py: CPython's async generators cannot return values, so the sub-generators are written as async iterator classes that end with StopAsyncIteration(value), the delegation is a hand-written loop and the outer generator is a class too.
class Sub:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i < self.n:
            self.i += 1
            return self.i - 1
        raise StopAsyncIteration(self.n * 100)

class NoReturn:
    def __init__(self):
        self.done = False
    def __aiter__(self):
        return self
    async def __anext__(self):
        if not self.done:
            self.done = True
            return "x"
        raise StopAsyncIteration

async def drain(it, out):
    while True:
        try:
            out.append(await it.__anext__())
        except StopAsyncIteration as e:
            return e.args[0] if e.args else None

class Agen:
    def __init__(self):
        self.items = None
    def asend(self, value):
        return self.__anext__()
    async def __anext__(self):
        if self.items is None:
            self.items = []
            a = await drain(Sub(2), self.items)
            self.items.append(("a", a))
            b = await drain(NoReturn(), self.items)
            self.items.append(("b", b))
            c = await drain(Sub(0), self.items)
            self.items.append(("c", c))
            self.items.append(StopAsyncIteration("outer result"))
        if not self.items:
            raise StopAsyncIteration
        item = self.items.pop(0)
        if isinstance(item, StopAsyncIteration):
            raise item
        return item

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

ag = Agen()
for _ in range(8):
    print(run(lambda: ag.asend(None)))
