"""Recognising coroutines, and the ``name() running at file:line`` text used in reprs."""

import inspect as _inspect
import types as _types

__all__ = ('iscoroutinefunction', 'iscoroutine')

_CoroutineType = _types.CoroutineType

# Types already classified by iscoroutine().  In 3.11 asyncio takes coroutines,
# generators (the old generator-based coroutines) and instances of
# collections.abc.Coroutine, i.e. of classes with __await__, send, throw and close.
_type_cache = {_CoroutineType: True, _types.GeneratorType: True, int: False, str: False,
               type(None): False}


def iscoroutinefunction(func):
    """Return True if func is a coroutine function (an ``async def`` function)."""
    return _inspect.iscoroutinefunction(func) or getattr(func, '_is_coroutine', None) is _is_coroutine


_is_coroutine = object()


def iscoroutine(obj):
    """Return True if obj is a coroutine object."""
    tp = type(obj)
    known = _type_cache.get(tp)
    if known is not None:
        return known
    result = all(hasattr(tp, name) for name in ('__await__', 'send', 'throw', 'close'))
    if len(_type_cache) < 100:
        _type_cache[tp] = result
    return result


def format_coroutine(coro):
    """``qualname() running at file:line`` or ``qualname() done, defined at file:line``."""
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None)
    if name:
        name = f'{name}()'
    else:
        name = f'<{type(coro).__name__} without __name__>()'
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    if not code:
        running = getattr(coro, 'cr_running', None)
        if running is None:
            running = getattr(coro, 'gi_running', False)
        return f'{name} running' if running else name
    frame = getattr(coro, 'gi_frame', None) or getattr(coro, 'cr_frame', None)
    filename = code.co_filename or '<empty co_filename>'
    if frame is not None:
        return f'{name} running at {filename}:{frame.f_lineno}'
    return f'{name} done, defined at {filename}:{code.co_firstlineno}'
