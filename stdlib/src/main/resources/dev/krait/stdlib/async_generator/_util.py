"""``aclosing`` and the library's own ``asynccontextmanager``."""

import sys as _sys
from functools import wraps as _wraps

from ._impl import isasyncgenfunction


class aclosing:
    """``async with aclosing(agen) as agen:`` closes the async generator on the way out."""

    def __init__(self, aiter):
        self._aiter = aiter

    async def __aenter__(self):
        return self._aiter

    async def __aexit__(self, *exc_info):
        await self._aiter.aclose()


class _AsyncGeneratorContextManager:
    """The context manager an ``@asynccontextmanager`` function returns: runs the generator
    to its ``yield`` on entry, and to its end (or throws the exception in) on exit."""

    def __init__(self, func, args, kwds):
        self._func_name = func.__name__
        self._agen = func(*args, **kwds).__aiter__()

    async def __aenter__(self):
        try:
            return await self._agen.asend(None)
        except StopAsyncIteration:
            raise RuntimeError("async generator didn't yield") from None

    async def __aexit__(self, exc_type, exc, tb):
        async with aclosing(self._agen):
            if exc_type is None:
                try:
                    await self._agen.asend(None)
                except StopAsyncIteration:
                    return False
                raise RuntimeError("async generator didn't stop")
            try:
                await self._agen.athrow(exc_type, exc, tb)
            except StopAsyncIteration as stop:
                # Suppressed, unless it is the exception thrown in (raised in the with body).
                return stop is not exc
            except RuntimeError as error:
                if error is exc:
                    return False
                # PEP 479 turned the StopIteration thrown in into this RuntimeError.
                if isinstance(exc, (StopIteration, StopAsyncIteration)) and error.__cause__ is exc:
                    return False
                raise
            except BaseException:
                # The exception thrown in came back out: propagate it by returning False,
                # since __aexit__ itself must only raise when it failed.
                if _sys.exc_info()[1] is exc:
                    return False
                raise
            raise RuntimeError("async generator didn't stop after athrow()")

    def __enter__(self):
        raise RuntimeError("use 'async with {0}(...)', not 'with {0}(...)'".format(self._func_name))

    def __exit__(self, *exc_info):
        raise AssertionError("__exit__ is never called: __enter__ always raises")


def asynccontextmanager(func):
    """Like ``contextlib.contextmanager``, for an async generator function (native or
    ``@async_generator``, with ``@asynccontextmanager`` on top)."""
    if not isasyncgenfunction(func):
        raise TypeError(
            "must be an async generator (native or from async_generator; "
            "if using @async_generator then @acontextmanager must be on top."
        )

    @_wraps(func)
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)

    helper.__returns_acontextmanager__ = True
    return helper
