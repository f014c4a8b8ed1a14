"""The python-trio ``async_generator`` library (API version 1.10), built into Krait.

``@async_generator`` turns an ``async def`` that uses ``await yield_(value)`` into an async
generator function; ``await yield_from_(agen)`` delegates to another async iterator.

Krait goes further than the library can on CPython: ``yield_`` and ``yield_from_`` also work
inside native async generators (an ``async def`` with ``yield``), mixed freely with native
``yield`` and with other awaits, through any depth of plain coroutines. A ``yield_`` with no
async generator up the await chain is a ``RuntimeError`` at that ``await``; the library's
wrapper object never leaks to an event loop.

The objects ``@async_generator`` makes are Krait's native async generator objects running
the coroutine's body; where the library words or orders things differently from native
async generators (``ValueError`` for re-entry, ``StopAsyncIteration`` raised by ``asend()``
itself once finished, its messages), they follow the library.
"""

from ._impl import (
    async_generator,
    yield_,
    yield_from_,
    isasyncgen,
    isasyncgenfunction,
    get_asyncgen_hooks,
    set_asyncgen_hooks,
)
from ._util import aclosing, asynccontextmanager

__version__ = "1.10"

__all__ = [
    "async_generator",
    "yield_",
    "yield_from_",
    "aclosing",
    "isasyncgen",
    "isasyncgenfunction",
    "asynccontextmanager",
    "get_asyncgen_hooks",
    "set_asyncgen_hooks",
]
