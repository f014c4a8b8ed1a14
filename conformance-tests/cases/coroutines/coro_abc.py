# Checks: coroutines against collections.abc Coroutine/Awaitable; classes with __await__ are Awaitable; Coroutine needs send/throw/close.
from collections.abc import Coroutine, Awaitable, Generator, Iterator, Iterable

async def native():
    pass

c = native()
print(isinstance(c, Coroutine), isinstance(c, Awaitable), isinstance(c, Generator), isinstance(c, Iterator), isinstance(c, Iterable))
c.close()

class OnlyAwait:
    def __await__(self):
        yield

class FullCoro:
    def __await__(self):
        yield
    def send(self, v):
        raise StopIteration
    def throw(self, *a):
        raise StopIteration
    def close(self):
        pass

print(isinstance(OnlyAwait(), Awaitable), isinstance(OnlyAwait(), Coroutine))
print(isinstance(FullCoro(), Awaitable), isinstance(FullCoro(), Coroutine))
print(issubclass(type(c), Coroutine), issubclass(int, Awaitable))

class Sub(Coroutine):
    def send(self, v):
        return "sent " + repr(v)
    def throw(self, typ, val=None, tb=None):
        raise typ
    def __await__(self):
        return iter(["from Sub"])

s = Sub()
print(s.send(1), isinstance(s, Awaitable))
try:
    s.close()
except Exception as e:
    print(type(e).__name__, e)
try:
    Coroutine()
except TypeError as e:
    print(type(e).__name__, e)
