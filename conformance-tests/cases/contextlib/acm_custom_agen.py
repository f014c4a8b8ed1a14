# Checks: @asynccontextmanager over a function returning a hand-written object with __anext__/athrow (no native async generator): normal exit, exceptions sent through athrow, suppression, and the protocol errors
from contextlib import asynccontextmanager

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Step:
    """An awaitable finishing with a value or an exception."""
    def __init__(self, value=None, exc=None):
        self.value, self.exc = value, exc
    def __await__(self):
        yield "suspended"
        if self.exc is not None:
            raise self.exc
        return self.value

class FakeAgen:
    def __init__(self, values, swallow=()):
        self.values = list(values)
        self.swallow = swallow
        self.log = []
    def __anext__(self):
        if self.values:
            v = self.values.pop(0)
            self.log.append("anext " + str(v))
            return Step(v)
        self.log.append("anext end")
        return Step(exc=StopAsyncIteration())
    def athrow(self, typ, val=None, tb=None):
        self.log.append("athrow " + typ.__name__)
        if isinstance(val, self.swallow):
            return Step(exc=StopAsyncIteration())
        return Step(exc=val)
    def aclose(self):
        return Step()

fakes = []

@asynccontextmanager
def managed(values, swallow=()):
    fake = FakeAgen(values, swallow)
    fakes.append(fake)
    return fake

async def main():
    async with managed(["first"]) as v:
        print("value", v)
    print(fakes[-1].log)

    try:
        async with managed(["x"]) as v:
            raise KeyError("k")
    except KeyError as e:
        print("propagated", repr(e))
    print(fakes[-1].log)

    async with managed(["y"], swallow=(ValueError,)):
        raise ValueError("v")
    print("suppressed", fakes[-1].log)

    try:
        async with managed([]):
            pass
    except RuntimeError as e:
        print(e)

    try:
        async with managed(["a", "b"]):
            pass
    except RuntimeError as e:
        print(e, fakes[-1].log)

    # athrow that returns normally: "didn't stop after athrow()".
    class NoStop(FakeAgen):
        def athrow(self, typ, val=None, tb=None):
            return Step("yielded again")

    @asynccontextmanager
    def nostop():
        return NoStop(["z"])

    try:
        async with nostop():
            raise IndexError
    except RuntimeError as e:
        print(e, repr(e.__context__))

    # An object without __anext__.
    @asynccontextmanager
    def broken():
        return 42

    try:
        async with broken():
            pass
    except TypeError as e:
        print(type(e).__name__, e)

    # __anext__ is looked up on the type, not on the instance.
    class InstanceOnly:
        pass
    obj = InstanceOnly()
    obj.__anext__ = lambda: Step(1)

    @asynccontextmanager
    def instance_only():
        return obj

    try:
        async with instance_only():
            pass
    except TypeError as e:
        print(type(e).__name__, e)

run(main())
