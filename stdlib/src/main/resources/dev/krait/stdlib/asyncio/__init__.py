"""asyncio for Krait: an event loop, futures, tasks and the 3.11 high-level API
(run, sleep, gather, wait_for, timeout, TaskGroup, queues, locks, ...), written in
Python with CPython 3.11's observable behaviour.

Differences from CPython, all due to what Krait lacks so far:
* no I/O (sockets, subprocesses, executors, signals): the loop runs callbacks, tasks
  and timers, and sleeps until the next timer when nothing is ready;
* no contextvars: ``context=`` arguments are accepted and ignored;
* no __del__/weakref: "exception was never retrieved" and "Task was destroyed but it is
  pending!" are reported when the loop closes, not when the object is collected, and
  started async generators are tracked in a plain set (see events.py).
"""

from .exceptions import (CancelledError, InvalidStateError, TimeoutError,
                         IncompleteReadError, LimitOverrunError,
                         SendfileNotAvailableError, BrokenBarrierError)
from .coroutines import iscoroutine, iscoroutinefunction
from .events import (AbstractEventLoop, AbstractEventLoopPolicy, BaseEventLoop,
                     SelectorEventLoop, DefaultEventLoopPolicy, Handle, TimerHandle,
                     get_event_loop, set_event_loop, new_event_loop, get_running_loop,
                     _get_running_loop, _set_running_loop,
                     get_event_loop_policy, set_event_loop_policy)
from .futures import Future, isfuture, wrap_future
from .tasks import (Task, create_task, current_task, all_tasks, ensure_future, sleep,
                    gather, shield, wait, wait_for, as_completed,
                    FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)
from .runners import Runner, run

# Loaded on first use (PEP 562): most programs need few of them, and every module Krait
# imports is parsed and compiled from source, with no bytecode cache.
_LAZY = {
    "Lock": "locks", "Event": "locks", "Condition": "locks", "Semaphore": "locks",
    "BoundedSemaphore": "locks",
    "Queue": "queues", "PriorityQueue": "queues", "LifoQueue": "queues",
    "QueueEmpty": "queues", "QueueFull": "queues",
    "Timeout": "timeouts", "timeout": "timeouts", "timeout_at": "timeouts",
    "TaskGroup": "taskgroups",
}

# What `from asyncio import *` gives: the public names, the lazily loaded ones included.
__all__ = sorted([name for name, value in globals().items()
                  if not name.startswith("_") and type(value).__name__ != "module"] + list(_LAZY))


def __getattr__(name):
    submodule = _LAZY.get(name)
    if submodule is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    if submodule == "locks":
        from . import locks as module
    elif submodule == "queues":
        from . import queues as module
    elif submodule == "timeouts":
        from . import timeouts as module
    else:
        from . import taskgroups as module
    value = getattr(module, name)
    globals()[name] = value
    return value
