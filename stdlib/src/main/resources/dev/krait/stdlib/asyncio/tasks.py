"""Tasks (coroutines driven by the loop) and the functions that combine awaitables:
sleep, gather, shield, wait, wait_for, as_completed, ensure_future.

A Task runs its coroutine one step at a time (``_step``): it sends None (or throws an
exception) into the coroutine, and looks at what the coroutine yielded:

* a future (yielded by ``Future.__await__``): the task sleeps until the future is done
  (its ``task_wakeup`` method is one of the future's done callbacks);
* None (a bare ``yield``, e.g. ``sleep(0)``): the next step is queued at once;
* anything else: a RuntimeError is thrown into the coroutine at the next step.

When the coroutine returns, the task's result is set; when it raises, its exception; a
CancelledError escaping from the coroutine cancels the task.
"""

import types as _types
import inspect as _inspect

from . import events
from . import exceptions
from . import futures
from .coroutines import iscoroutine, format_coroutine
from ._support import Partial

__all__ = ('Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
           'wait', 'wait_for', 'as_completed', 'sleep', 'gather', 'shield', 'ensure_future',
           'current_task', 'all_tasks')

_PENDING = futures._PENDING
_FINISHED = futures._FINISHED
_CancelledError = exceptions.CancelledError
_Future = futures.Future
_CoroutineType = _types.CoroutineType

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

# Tasks are named Task-1, Task-2, ... in creation order, counted per interpreter (each
# interpreter has its own copy of this module).
_task_count = 0


class Task(_Future):
    """A coroutine scheduled on the loop, and the future of its outcome."""

    _log_destroy_pending = True
    _must_cancel = False
    _fut_waiter = None
    _num_cancels_requested = 0

    def __init__(self, coro, *, loop=None, name=None, context=None):
        global _task_count
        if loop is None:
            loop = events.get_event_loop()
        self._loop = loop
        self._callbacks = []
        if type(coro) is not _CoroutineType and not iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        # CPython's counter moves for named tasks too.
        _task_count += 1
        if name is None:
            self._name = f'Task-{_task_count}'
        else:
            self._name = str(name)
        self._coro = coro
        self._context = context
        if loop._closed:
            raise RuntimeError('Event loop is closed')
        ready = loop._ready
        ready.append(_step)
        ready.append(self)
        loop._pending_tasks[self] = None

    def _repr_info(self):
        info = super()._repr_info()
        if self._num_cancels_requested and self._state == _PENDING:
            info[0] = 'cancelling'
        info.insert(1, f'name={self._name!r}')
        info.insert(2, f'coro=<{format_coroutine(self._coro)}>')
        if self._fut_waiter is not None:
            info.insert(3, f'wait_for={self._fut_waiter!r}')
        return info

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def get_stack(self, *, limit=None):
        frame = getattr(self._coro, 'cr_frame', None) or getattr(self._coro, 'gi_frame', None)
        return [frame] if frame is not None else []

    def cancel(self, msg=None):
        """Request that the task be cancelled: a CancelledError is thrown into the
        coroutine at its next step.  False if the task is already done."""
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._num_cancels_requested += 1
        waiter = self._fut_waiter
        if waiter is not None and waiter.cancel(msg=msg):
            return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _finish(self, loop):
        loop._pending_tasks.pop(self, None)
        callbacks = self._callbacks
        if callbacks:
            self._callbacks = []
            ready = loop._ready
            for callback in callbacks:
                ready.append(callback)
                ready.append(self)

    def _step(self, exc=None):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, _CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        loop = self._loop
        self._fut_waiter = None
        current = loop._current_task
        if current is not None:
            raise RuntimeError(f'Cannot enter into task {self!r} while another task '
                               f'{current!r} is being executed.')
        loop._current_task = self
        try:
            if exc is None:
                result = self._coro.send(None)
            else:
                result = self._coro.throw(exc)
        except StopIteration as stop:
            loop._current_task = None
            if self._must_cancel:
                # cancel() was called after the coroutine's last step began.
                self._must_cancel = False
                self._state = futures._CANCELLED
                self._finish(loop)
            else:
                self._result = stop.value
                self._state = _FINISHED
                self._finish(loop)
            return
        except _CancelledError as cancelled:
            loop._current_task = None
            self._cancelled_exc = cancelled
            self._cancel_message = None
            self._state = futures._CANCELLED
            self._finish(loop)
            return
        except (KeyboardInterrupt, SystemExit) as error:
            loop._current_task = None
            self._fail(loop, error)
            raise
        except BaseException as error:
            loop._current_task = None
            self._fail(loop, error)
            return
        loop._current_task = None
        if result is None:
            # A bare yield (sleep(0)): give the other callbacks one turn.
            ready = loop._ready
            ready.append(_step)
            ready.append(self)
            return
        if type(result) in _PLAIN_FUTURES and result._loop is loop and result is not self \
                and result._asyncio_future_blocking:
            # The usual case, made short: waiting for one of our own futures.
            result._asyncio_future_blocking = False
            if result._state == _PENDING:
                result._callbacks.append(self.task_wakeup)
            else:
                loop.call_soon(self.task_wakeup, result)
            self._fut_waiter = result
            if self._must_cancel and result.cancel(msg=self._cancel_message):
                self._must_cancel = False
            return
        blocking = getattr(result, '_asyncio_future_blocking', None)
        if blocking is not None:
            if futures._get_loop(result) is not loop:
                error = RuntimeError(f'Task {self!r} got Future {result!r} attached to a different loop')
            elif blocking:
                if result is self:
                    error = RuntimeError(f'Task cannot await on itself: {self!r}')
                else:
                    result._asyncio_future_blocking = False
                    result.add_done_callback(self.task_wakeup)
                    self._fut_waiter = result
                    if self._must_cancel and result.cancel(msg=self._cancel_message):
                        self._must_cancel = False
                    return
            else:
                error = RuntimeError(f'yield was used instead of yield from in task {self!r} with {result!r}')
        elif _inspect.isgenerator(result):
            error = RuntimeError(f'yield was used instead of yield from for generator in task {self!r} with {result!r}')
        else:
            error = RuntimeError(f'Task got bad yield: {result!r}')
        loop.call_soon(self._step, error)

    def _fail(self, loop, error):
        self._exception = error
        self._exception_tb = error.__traceback__
        self._state = _FINISHED
        self._finish(loop)
        self._log_traceback = True
        futures._note_unretrieved(loop, self)

    def task_wakeup(self, future):
        """Done callback of the future the task waits for: take the next step."""
        if type(future) in _PLAIN_FUTURES and future._state == _FINISHED and future._exception is None:
            self._step()
            return
        try:
            future.result()
        except BaseException as exc:
            error = exc
        else:
            error = None
        self._step(error)


_step = Task._step


def create_task(coro, *, name=None, context=None):
    """Schedule the coroutine on the running loop; return its Task."""
    loop = events.get_running_loop()
    return loop.create_task(coro, name=name, context=context)


def current_task(loop=None):
    """The task running now (None outside tasks)."""
    if loop is None:
        loop = events.get_running_loop()
    return loop._current_task


def all_tasks(loop=None):
    """The set of the loop's tasks that are not done yet."""
    if loop is None:
        loop = events.get_running_loop()
    return {task for task in loop._pending_tasks if not task.done()}


@_types.coroutine
def _wrap_awaitable(awaitable):
    return (yield from awaitable.__await__())


def ensure_future(coro_or_future, *, loop=None):
    """A future for the argument: futures as they are, coroutines and awaitables
    wrapped in a Task."""
    obj = coro_or_future
    if futures.isfuture(obj):
        if loop is not None and loop is not futures._get_loop(obj):
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return obj
    wrapped = False
    if not iscoroutine(obj):
        if _inspect.isawaitable(obj):
            obj = _wrap_awaitable(obj)
            wrapped = True
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
    if loop is None:
        loop = events.get_event_loop()
    try:
        return loop.create_task(obj)
    except RuntimeError:
        if not wrapped:
            obj.close()
        raise


# ---------------------------------------------------------------- sleep

@_types.coroutine
def _sleep0():
    yield


async def sleep(delay, result=None):
    """Suspend for delay seconds (sleep(0) yields to the loop exactly once)."""
    if delay <= 0:
        await _sleep0()
        return result
    loop = events.get_running_loop()
    future = loop.create_future()
    handle = loop.call_later(delay, futures._set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        handle.cancel()


# ---------------------------------------------------------------- gather

class _GatheringFuture(_Future):
    """The future gather() returns: cancelling it cancels the children."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        cancelled = False
        for child in self._children:
            if child.cancel(msg=msg):
                cancelled = True
        if cancelled:
            self._cancel_requested = True
        return cancelled


# Futures whose internals the hot paths may use directly (no subclass overrides them).
_PLAIN_FUTURES = frozenset([_Future, Task, _GatheringFuture])


def gather(*coros_or_futures, return_exceptions=False):
    """A future for the list of the results of the awaitables, in argument order.

    Without return_exceptions the first exception (or cancellation) of a child is
    propagated at once; with it, exceptions are results too."""
    if not coros_or_futures:
        outer = events.get_event_loop().create_future()
        outer.set_result([])
        return outer

    children = []
    seen = {}
    loop = None
    state = [0, 0]     # number of distinct children, number finished
    outer = None

    def _done_callback(fut):
        state[1] += 1
        if outer is None or outer._state != _PENDING:
            if not fut.cancelled():
                fut.exception()   # mark it retrieved
            return
        if not return_exceptions:
            if fut._state == futures._CANCELLED:
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if state[1] == state[0]:
            results = []
            for child in children:
                if child._state == futures._CANCELLED:
                    msg = child._cancel_message
                    res = _CancelledError('' if msg is None else msg)
                else:
                    res = child.exception()
                    if res is None:
                        res = child._result
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    for arg in coros_or_futures:
        fut = seen.get(arg)
        if fut is None:
            if type(arg) is _CoroutineType and loop is not None and loop._task_factory is None:
                # The common case, made short: a coroutine becomes a new task.
                fut = Task(arg, loop=loop)
                fut._log_destroy_pending = False
                fut._callbacks.append(_done_callback)
            else:
                fut = ensure_future(arg, loop=loop)
                if loop is None:
                    loop = futures._get_loop(fut)
                if fut is not arg:
                    fut._log_destroy_pending = False
                fut.add_done_callback(_done_callback)
            state[0] += 1
            seen[arg] = fut
        children.append(fut)

    outer = _GatheringFuture(children, loop=loop)
    return outer


# ---------------------------------------------------------------- shield

def shield(arg):
    """Protect the awaitable from cancellation: cancelling the caller does not cancel
    the inner task."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = futures._get_loop(inner)
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


# ---------------------------------------------------------------- wait, wait_for

def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut, loop):
    waiter = loop.create_future()
    callback = Partial(_release_waiter, waiter)
    fut.add_done_callback(callback)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(callback)


async def wait_for(fut, timeout):
    """Wait for the awaitable with a timeout; on timeout cancel it and raise
    TimeoutError (3.11 semantics)."""
    loop = events.get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except _CancelledError as exc:
            raise TimeoutError() from exc

    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    callback = Partial(_release_waiter, waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(callback)
    try:
        try:
            await waiter
        except _CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(callback)
            await _cancel_and_wait(fut, loop=loop)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(callback)
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except _CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timeout_handle.cancel()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures/tasks of the iterable; return (done, pending) sets."""
    if futures.isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    loop = events.get_running_loop()
    fs = set(fs)
    if any(iscoroutine(f) for f in fs):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    return await _wait(fs, timeout, return_when, loop)


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = [len(fs)]

    def _on_completion(f):
        counter[0] -= 1
        if (counter[0] <= 0 or return_when == FIRST_COMPLETED or
                (return_when == FIRST_EXCEPTION and not f.cancelled() and
                 f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


# ---------------------------------------------------------------- as_completed

def as_completed(fs, *, timeout=None):
    """An iterator of coroutines, each returning the next result to come in.

    As in CPython 3.11 this is a generator: nothing happens (not even the argument
    check) before the first next()."""
    if futures.isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')
    from .queues import Queue
    done = Queue()
    loop = events.get_event_loop()
    todo = {}
    for f in set(fs):
        todo[ensure_future(f, loop=loop)] = None
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if not todo:
            return
        del todo[f]
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise exceptions.TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()
