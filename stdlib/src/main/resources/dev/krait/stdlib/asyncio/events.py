"""The event loop: handles, timers, the running-loop registry and the loop policy.

Krait's loop is single-threaded and has no I/O selector: each iteration (``_run_once``)
moves the timers that are due to the ready queue and runs every callback that was ready
when the iteration began.  When nothing is ready it sleeps (``time.sleep``) until the
next timer is due, so waiting for timers never busy-waits.

The ready queue is a flat list of pairs ``callback, argument``: every entry is called as
``callback(argument)``.  A public Handle (from call_soon/call_later/call_at) is queued as
``Handle._run, handle``; futures queue their done callbacks as ``callback, future`` and
tasks queue their steps directly, without allocating a Handle for each (the hot path of
every asyncio program).
"""

import sys as _sys
import time as _time

from . import coroutines
from . import exceptions
from ._support import (heap_push, heap_pop, heapify, format_callback_source,
                       format_exception, write_error)

__all__ = ('AbstractEventLoopPolicy', 'AbstractEventLoop', 'BaseEventLoop',
           'SelectorEventLoop', 'Handle', 'TimerHandle',
           'get_event_loop_policy', 'set_event_loop_policy',
           'get_event_loop', 'set_event_loop', 'new_event_loop',
           'get_running_loop', '_get_running_loop', '_set_running_loop')

_monotonic = _time.monotonic
_sleep = _time.sleep


class Handle:
    """A callback scheduled by call_soon(), which can be cancelled."""

    __slots__ = ('_callback', '_args', '_cancelled', '_loop', '_repr', '__weakref__',
                 '_context')

    def __init__(self, callback, args, loop, context=None):
        self._loop = loop
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._repr = None
        self._context = context

    def _repr_info(self):
        info = [type(self).__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(format_callback_source(self._callback, self._args))
        return info

    def __repr__(self):
        if self._repr is not None:
            return self._repr
        return '<{}>'.format(' '.join(self._repr_info()))

    def get_context(self):
        return self._context

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        if self._cancelled:
            return
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            cb = format_callback_source(self._callback, self._args)
            self._loop.call_exception_handler({
                'message': f'Exception in callback {cb}',
                'exception': exc,
                'handle': self,
            })


class TimerHandle(Handle):
    """A callback scheduled by call_later()/call_at(), run at loop time ``when()``."""

    __slots__ = ('_scheduled', '_when')

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._scheduled = False

    def _repr_info(self):
        info = super()._repr_info()
        pos = 2 if self._cancelled else 1
        info.insert(pos, f'when={self._when}')
        return info

    def __hash__(self):
        return hash(self._when)

    def __lt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when or self.__eq__(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when or self.__eq__(other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when == other._when and self._callback == other._callback and
                    self._args == other._args and self._cancelled == other._cancelled)
        return NotImplemented

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()

    def when(self):
        return self._when


def _run_handle(handle):
    handle._run()


class AbstractEventLoop:
    """Abstract event loop (the interface of the loops returned by new_event_loop)."""


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            # The loop's _run_once re-raises it: don't stop the loop here.
            return
    fut.get_loop().stop()


class BaseEventLoop(AbstractEventLoop):
    """The event loop."""

    def __init__(self):
        self._ready = []                 # flat pairs: callback, argument
        self._scheduled = []             # heap of TimerHandles
        self._timer_cancelled_count = 0
        self._closed = False
        self._stopping = False
        self._running = False
        self._debug = False
        self._exception_handler = None
        self._task_factory = None
        self._current_task = None
        # Tasks of this loop that are not done yet (a dict used as an ordered set):
        # all_tasks() and the end of asyncio.run read it.
        self._pending_tasks = {}
        # Futures whose exception was set and not yet retrieved: Krait has no __del__ for
        # Python objects, so the "exception was never retrieved" report that CPython
        # writes when such a future is garbage-collected is written when the loop closes.
        self._unretrieved = []
        self._unretrieved_prune_at = 64
        # Async generators first iterated while this loop ran.  CPython keeps them in a
        # weakref.WeakSet; Krait has no weakref module yet, so this is a plain dict used
        # as an ordered set, pruned of finished generators as it grows, and emptied by
        # shutdown_asyncgens().
        self._asyncgens = {}
        self._asyncgens_prune_at = 64
        self._asyncgens_shutdown_called = False
        self._executor_shutdown_called = False
        self._clock_resolution = 1e-09

    def __repr__(self):
        return (f'<{type(self).__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    # ------------------------------------------------------------ futures and tasks

    def create_future(self):
        return _Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        if self._task_factory is None:
            return _Task(coro, loop=self, name=name, context=context)
        if context is None:
            task = self._task_factory(self, coro)
        else:
            task = self._task_factory(self, coro, context=context)
        if name is not None:
            try:
                set_name = task.set_name
            except AttributeError:
                pass
            else:
                set_name(name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # ------------------------------------------------------------ running

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self._running:
            raise RuntimeError('This event loop is already running')
        if _running_loop is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def run_forever(self):
        """Run until stop() is called."""
        self._check_closed()
        self._check_running()
        old_hooks = _sys.get_asyncgen_hooks()
        self._running = True
        try:
            _sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                                    finalizer=self._asyncgen_finalizer_hook)
            _set_running_loop(self)
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _set_running_loop(None)
            _sys.set_asyncgen_hooks(*old_hooks)

    def run_until_complete(self, future):
        """Run until the future (a coroutine is wrapped in a Task) is done; return its
        result or raise its exception."""
        self._check_closed()
        self._check_running()
        new_task = not _isfuture(future)
        future = _ensure_future(future, loop=self)
        if new_task:
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        self._stopping = True

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def close(self):
        if self._running:
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._report_leftovers()

    def _report_leftovers(self):
        # CPython reports these when the objects are garbage-collected; Krait (no
        # __del__ for Python objects) reports them when their loop closes.
        for fut in self._unretrieved:
            if fut._log_traceback:
                fut._log_traceback = False
                kind = 'Task' if isinstance(fut, _Task) else 'Future'
                self.call_exception_handler({
                    'message': f'{kind} exception was never retrieved',
                    'exception': fut._exception,
                    'future': fut,
                })
        self._unretrieved = []
        for task in list(self._pending_tasks):
            if task._log_destroy_pending and not task.done():
                self.call_exception_handler({
                    'task': task,
                    'message': 'Task was destroyed but it is pending!',
                })
        self._pending_tasks = {}

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = bool(enabled)

    def time(self):
        return _monotonic()

    # ------------------------------------------------------------ scheduling

    def call_soon(self, callback, *args, context=None):
        if self._closed:
            raise RuntimeError('Event loop is closed')
        handle = Handle(callback, args, self, context)
        self._ready.append(_run_handle)
        self._ready.append(handle)
        return handle

    call_soon_threadsafe = call_soon

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(_monotonic() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        if self._closed:
            raise RuntimeError('Event loop is closed')
        timer = TimerHandle(when, callback, args, self, context)
        heap_push(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def _run_once(self):
        """One iteration: wait for the first timer if nothing is ready, move due
        timers to the ready queue, then run what was ready at that point."""
        scheduled = self._scheduled
        if scheduled:
            if self._timer_cancelled_count > 100 and self._timer_cancelled_count * 2 > len(scheduled):
                kept = []
                for handle in scheduled:
                    if handle._cancelled:
                        handle._scheduled = False
                    else:
                        kept.append(handle)
                heapify(kept)
                self._scheduled = scheduled = kept
                self._timer_cancelled_count = 0
            else:
                while scheduled and scheduled[0]._cancelled:
                    self._timer_cancelled_count -= 1
                    heap_pop(scheduled)._scheduled = False
            if not self._ready and not self._stopping and scheduled:
                delay = scheduled[0]._when - _monotonic()
                if delay > 0:
                    _sleep(delay)
            end = _monotonic() + self._clock_resolution
            ready = self._ready
            while scheduled and scheduled[0]._when < end:
                handle = heap_pop(scheduled)
                handle._scheduled = False
                ready.append(_run_handle)
                ready.append(handle)
        elif not self._ready and not self._stopping:
            # Nothing will ever happen: CPython blocks in select() forever.
            while True:
                _sleep(3600)
        ready = self._ready
        if not ready:
            return
        self._ready = []
        n = len(ready)
        i = 0
        while True:
            try:
                while i < n:
                    callback = ready[i]
                    arg = ready[i + 1]
                    i += 2
                    callback(arg)
                return
            except (SystemExit, KeyboardInterrupt):
                self._ready = ready[i:] + self._ready
                raise
            except BaseException as exc:
                error = exc
            self._callback_failed(ready[i - 2], ready[i - 1], error)

    def _callback_failed(self, callback, arg, exc):
        handle = Handle(callback, (arg,), self)
        cb = format_callback_source(callback, (arg,))
        self.call_exception_handler({
            'message': f'Exception in callback {cb}',
            'exception': exc,
            'handle': handle,
        })

    # ------------------------------------------------------------ async generators

    def _asyncgen_firstiter_hook(self, agen):
        asyncgens = self._asyncgens
        asyncgens[agen] = None
        if len(asyncgens) >= self._asyncgens_prune_at:
            for gen in list(asyncgens):
                if gen.ag_frame is None:
                    del asyncgens[gen]
            self._asyncgens_prune_at = max(64, 2 * len(asyncgens))

    def _asyncgen_finalizer_hook(self, agen):
        self._asyncgens.pop(agen, None)
        if not self._closed:
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    async def shutdown_asyncgens(self):
        """Close every async generator that was started under this loop and is not
        finished yet."""
        self._asyncgens_shutdown_called = True
        # Finished generators would have been dropped from CPython's WeakSet.
        agens = [agen for agen in self._asyncgens if agen.ag_frame is not None]
        self._asyncgens = {}
        if not agens:
            return
        results = await _gather(*[agen.aclose() for agen in agens], return_exceptions=True)
        for result, agen in zip(results, agens):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen,
                })

    async def shutdown_default_executor(self):
        """Krait's loop has no executor: nothing to shut down."""
        self._executor_shutdown_called = True

    # ------------------------------------------------------------ errors

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Write the context to stderr as CPython's asyncio logger would."""
        message = context.get('message') or 'Unhandled exception in event loop'
        exception = context.get('exception')
        lines = [message]
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            lines.append(f'{key}: {context[key]!r}')
        text = '\n'.join(lines)
        if exception is not None:
            tb = format_exception(exception)
            if tb.endswith('\n'):
                tb = tb[:-1]
            text += '\n' + tb
        write_error(text)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                write_error('Exception in default exception handler\n' + format_exception(exc).rstrip('\n'))
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                try:
                    self.default_exception_handler({
                        'message': 'Unhandled error in exception handler',
                        'exception': exc,
                        'context': context,
                    })
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException as exc2:
                    write_error('Exception in default exception handler while handling an '
                                'unexpected error in custom exception handler\n' +
                                format_exception(exc2).rstrip('\n'))


class _UnixSelectorEventLoop(BaseEventLoop):
    """The loop class new_event_loop() returns (named as CPython's on Linux)."""


SelectorEventLoop = _UnixSelectorEventLoop


# ---------------------------------------------------------------- running loop and policy

_running_loop = None


def _get_running_loop():
    """The running event loop, or None."""
    return _running_loop


def _set_running_loop(loop):
    global _running_loop
    _running_loop = loop


def get_running_loop():
    """The running event loop; RuntimeError when there is none."""
    loop = _running_loop
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


class AbstractEventLoopPolicy:
    """Abstract policy for accessing the event loop."""


class DefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """One current loop for the (single) thread, created on demand until
    set_event_loop() is first called."""

    def __init__(self):
        self._loop = None
        self._set_called = False

    def get_event_loop(self):
        if self._loop is None and not self._set_called:
            self.set_event_loop(self.new_event_loop())
        if self._loop is None:
            raise RuntimeError("There is no current event loop in thread 'MainThread'.")
        return self._loop

    def set_event_loop(self, loop):
        self._set_called = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not '{type(loop).__name__}'")
        self._loop = loop

    def new_event_loop(self):
        return _UnixSelectorEventLoop()


_policy = None


def get_event_loop_policy():
    global _policy
    if _policy is None:
        _policy = DefaultEventLoopPolicy()
    return _policy


def set_event_loop_policy(policy):
    global _policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, not '{type(policy).__name__}'")
    _policy = policy


def get_event_loop():
    """The running loop, else the policy's current loop."""
    loop = _running_loop
    if loop is not None:
        return loop
    return get_event_loop_policy().get_event_loop()


def set_event_loop(loop):
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    return get_event_loop_policy().new_event_loop()


# Imported last: futures and tasks import this module.
from .futures import Future as _Future, isfuture as _isfuture
from .tasks import Task as _Task, ensure_future as _ensure_future, gather as _gather
