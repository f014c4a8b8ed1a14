"""asyncio.Future: a result that will be set later, awaited by tasks.

A future is PENDING, then CANCELLED or FINISHED (with a result or an exception).  Done
callbacks are queued on the loop (in the order they were added) when it completes.
Awaiting a pending future yields the future itself to the Task driving the coroutine,
which registers its wake-up as a done callback.
"""

from . import events
from . import exceptions
from ._support import format_callback_source, short_repr

__all__ = ('Future', 'wrap_future', 'isfuture')

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'

_InvalidStateError = exceptions.InvalidStateError
_CancelledError = exceptions.CancelledError


def isfuture(obj):
    """True for objects that behave as asyncio futures (duck-typed as in CPython)."""
    return (hasattr(obj.__class__, '_asyncio_future_blocking') and
            obj._asyncio_future_blocking is not None)


def _format_callbacks(callbacks):
    size = len(callbacks)
    if size == 0:
        return ''

    def fmt(cb):
        return format_callback_source(cb, ())

    if size == 1:
        text = fmt(callbacks[0])
    elif size == 2:
        text = f'{fmt(callbacks[0])}, {fmt(callbacks[1])}'
    else:
        text = f'{fmt(callbacks[0])}, <{size - 2} more>, {fmt(callbacks[-1])}'
    return f'cb=[{text}]'


class Future:
    """A result that is set later (set_result/set_exception) or cancelled."""

    _state = _PENDING
    _result = None
    _exception = None
    _loop = None
    _cancel_message = None
    _cancelled_exc = None
    # None for objects that are not futures; False/True tells a Task whether the
    # future was yielded by __await__ (True) or by a bare yield.
    _asyncio_future_blocking = False
    _log_traceback = False

    def __init__(self, *, loop=None):
        if loop is None:
            loop = events.get_event_loop()
        self._loop = loop
        self._callbacks = []

    def __class_getitem__(cls, item):
        return cls

    def _repr_info(self):
        state = self._state
        info = [state.lower()]
        if state == _FINISHED:
            if self._exception is not None:
                info.append(f'exception={self._exception!r}')
            else:
                info.append(f'result={short_repr(self._result)}')
        if self._callbacks:
            info.append(_format_callbacks(self._callbacks))
        return info

    def __repr__(self):
        return '<{} {}>'.format(type(self).__name__, ' '.join(self._repr_info()))

    def get_loop(self):
        return self._loop

    def _make_cancelled_error(self):
        exc = self._cancelled_exc
        if exc is not None:
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return _CancelledError()
        return _CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        """Cancel the future; False if it is already done."""
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks
        if callbacks:
            loop = self._loop
            if loop._closed:
                raise RuntimeError('Event loop is closed')
            self._callbacks = []
            ready = loop._ready
            for callback in callbacks:
                ready.append(callback)
                ready.append(self)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        state = self._state
        if state == _FINISHED:
            self._log_traceback = False
            exc = self._exception
            if exc is not None:
                raise exc.with_traceback(self._exception_tb)
            return self._result
        if state == _CANCELLED:
            raise self._make_cancelled_error()
        raise _InvalidStateError('Result is not set.')

    def exception(self):
        state = self._state
        if state == _FINISHED:
            self._log_traceback = False
            return self._exception
        if state == _CANCELLED:
            raise self._make_cancelled_error()
        raise _InvalidStateError('Exception is not set.')

    def add_done_callback(self, fn, *, context=None):
        """Call fn(future) once the future is done (soon, if it already is)."""
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        """Remove every occurrence of fn; return how many were removed."""
        kept = [cb for cb in self._callbacks if cb != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks[:] = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise _InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise _InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators '
                            'and cannot be raised into a Future')
        self._exception = exception
        self._exception_tb = exception.__traceback__
        self._state = _FINISHED
        self._schedule_callbacks()
        self._log_traceback = True
        _note_unretrieved(self._loop, self)

    def __await__(self):
        if self._state == _PENDING:
            self._asyncio_future_blocking = True
            yield self
            if self._state == _PENDING:
                raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def _note_unretrieved(loop, fut):
    """Remember a failed future for the loop's "exception was never retrieved" report,
    dropping the ones retrieved since whenever the list has doubled."""
    pending = loop._unretrieved
    pending.append(fut)
    if len(pending) >= loop._unretrieved_prune_at:
        pending[:] = [f for f in pending if f._log_traceback]
        loop._unretrieved_prune_at = max(64, 2 * len(pending))


def _get_loop(fut):
    try:
        get_loop = fut.get_loop
    except AttributeError:
        return fut._loop
    return get_loop()


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


def wrap_future(future, *, loop=None):
    """Krait has no concurrent.futures: only asyncio futures are accepted."""
    if isfuture(future):
        return future
    raise TypeError(f'concurrent.futures.Future is expected, got {future!r}')
