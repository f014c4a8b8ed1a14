# Checks: collections.abc: async generators are AsyncGenerator/AsyncIterator/AsyncIterable, not Awaitable/Iterator; class-based checks.
from collections.abc import AsyncGenerator, AsyncIterator, AsyncIterable, Awaitable, Iterator, Iterable, Generator, Coroutine

async def agen():
    yield

ag = agen()
print(isinstance(ag, AsyncGenerator), isinstance(ag, AsyncIterator), isinstance(ag, AsyncIterable))
print(isinstance(ag, Awaitable), isinstance(ag, Iterator), isinstance(ag, Iterable), isinstance(ag, Generator))
aw = ag.asend(None)
print(isinstance(aw, Awaitable), isinstance(aw, Iterator), isinstance(aw, Coroutine))

class OnlyAiter:
    def __aiter__(self):
        return self

class AIter(OnlyAiter):
    async def __anext__(self):
        raise StopAsyncIteration

print(isinstance(OnlyAiter(), AsyncIterable), isinstance(OnlyAiter(), AsyncIterator))
print(isinstance(AIter(), AsyncIterator), isinstance(AIter(), AsyncGenerator))

class Full(AsyncGenerator):
    async def asend(self, v):
        raise StopAsyncIteration
    async def athrow(self, typ, val=None, tb=None):
        raise typ

print(isinstance(Full(), AsyncGenerator), issubclass(type(ag), AsyncGenerator), issubclass(list, AsyncIterable))
try:
    AsyncGenerator()
except TypeError as e:
    print(type(e).__name__, e)
