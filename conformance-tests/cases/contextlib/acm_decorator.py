# Checks: @asynccontextmanager objects as decorators of coroutine functions (AsyncContextDecorator): a fresh manager per call, metadata, return values and exceptions; AsyncContextDecorator as a base class
from contextlib import asynccontextmanager, AsyncContextDecorator

class Sleep:
    def __await__(self):
        yield

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

log = []

@asynccontextmanager
async def traced(name):
    """Async tracing."""
    log.append("enter " + name)
    await Sleep()
    try:
        yield
    finally:
        log.append("exit " + name)

@traced("work")
async def work(x, y=2):
    """Does work."""
    await Sleep()
    log.append("work body")
    return x * y

print(run(work(3)), run(work(4, y=5)))
print(log)
print(work.__name__, work.__doc__, work.__wrapped__.__name__)
print(traced("x").__doc__)

log.clear()
@traced("failing")
async def failing():
    raise ValueError("bad")

try:
    run(failing())
except ValueError as e:
    print("caught", e, log)

class timer(AsyncContextDecorator):
    def __init__(self, label):
        self.label = label
    async def __aenter__(self):
        print("start", self.label)
        return self
    async def __aexit__(self, typ, val, tb):
        print("stop", self.label, typ.__name__ if typ else None)
        return typ is KeyError

@timer("t")
async def timed(d):
    await Sleep()
    return d["k"]

print(run(timed({"k": 1})))
print(run(timed({})))

async def use_directly():
    async with timer("direct") as t:
        return t.label
print(run(use_directly()))
