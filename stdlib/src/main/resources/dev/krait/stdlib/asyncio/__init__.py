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
from .locks import Lock, Event, Condition, Semaphore, BoundedSemaphore
from .queues import Queue, PriorityQueue, LifoQueue, QueueEmpty, QueueFull
from .timeouts import Timeout, timeout, timeout_at
from .taskgroups import TaskGroup
from .runners import Runner, run
