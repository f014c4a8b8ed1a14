"""``async_generator``, ``yield_``, ``yield_from_`` and the predicates.

``yield_`` and the conversion of a coroutine into an async generator are Krait primitives
(the builtin module ``_async_generator``); ``yield_from_`` is PEP 380's expansion of
``yield from``, written with awaits.
"""

import inspect as _inspect
from functools import wraps as _wraps
from sys import get_asyncgen_hooks, set_asyncgen_hooks

import _async_generator as _primitives

yield_ = _primitives.yield_


def async_generator(coroutine_function):
    """Decorates an ``async def`` that uses ``await yield_(...)``: calling it makes an async generator."""

    @_wraps(coroutine_function)
    def async_generator_function(*args, **kwargs):
        return _primitives.as_async_generator(coroutine_function(*args, **kwargs))

    # The mark isasyncgenfunction() checks. It names this very function, so a functools.wraps
    # around it (which copies __dict__) does not make the wrapper an async generator function.
    async_generator_function._async_gen_function = id(async_generator_function)
    return async_generator_function


def isasyncgen(obj):
    """True for async generator objects, native or made by ``@async_generator``."""
    return _inspect.isasyncgen(obj)


def isasyncgenfunction(obj):
    """True for native async generator functions and for functions decorated with ``@async_generator``."""
    if _inspect.isasyncgenfunction(obj):
        return True
    return getattr(obj, "_async_gen_function", -1) == id(obj)


def _returned(stop):
    """What a finished async iterator returned: its ``StopAsyncIteration``'s first argument."""
    return stop.args[0] if stop.args else None


async def yield_from_(delegate):
    """``yield from`` for async generators: every item of ``delegate`` is yielded by the
    calling async generator; values sent in with ``asend`` go on to the delegate, exceptions
    thrown in go to its ``athrow`` (or are raised here when it has none), closing closes it
    (calling its ``aclose`` when it has one), and the delegate's return value is returned."""
    iterator = type(delegate).__aiter__(delegate)
    if hasattr(iterator, "__await__"):
        # A Python 3.5.0-style __aiter__, which returned an awaitable.
        iterator = await iterator
    try:
        item = await type(iterator).__anext__(iterator)
    except StopAsyncIteration as stop:
        return _returned(stop)
    while True:
        try:
            sent = await _primitives.yield_from_item(item)
        except GeneratorExit:
            aclose = getattr(iterator, "aclose", None)
            if aclose is not None:
                await aclose()
            raise
        except BaseException as thrown:
            athrow = getattr(iterator, "athrow", None)
            if athrow is None:
                raise
            try:
                item = await athrow(type(thrown), thrown, thrown.__traceback__)
            except StopAsyncIteration as stop:
                return _returned(stop)
        else:
            try:
                if sent is None:
                    item = await type(iterator).__anext__(iterator)
                else:
                    item = await iterator.asend(sent)
            except StopAsyncIteration as stop:
                return _returned(stop)
