# Checks: library async generator objects are registered as collections.abc.AsyncGenerator (and so AsyncIterator and AsyncIterable); their functions are not.
import collections.abc
from async_generator import async_generator, yield_

@async_generator
async def async_range(n):
    for i in range(n):
        await yield_(i)

async def native():
    yield 1

ag = async_range(10)
print(isinstance(ag, collections.abc.AsyncGenerator))
print(isinstance(ag, collections.abc.AsyncIterator))
print(isinstance(ag, collections.abc.AsyncIterable))
print(issubclass(type(ag), collections.abc.AsyncGenerator))
print(isinstance(async_range, collections.abc.AsyncGenerator))
print(isinstance(ag, collections.abc.Coroutine), isinstance(ag, collections.abc.Awaitable))
print(isinstance(native(), collections.abc.AsyncGenerator))
