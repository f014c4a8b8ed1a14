# Checks: once a library generator's coroutine is finished, asend(), athrow() and __anext__() raise StopAsyncIteration (no args) as soon as they are called, before anything is awaited.
from async_generator import async_generator, yield_

@async_generator
async def one():
    await yield_(1)

ag = one()
try:
    ag.asend(None).send(None)
except StopIteration as e:
    print("value", e.value)
try:
    ag.asend(None).send(None)
except StopAsyncIteration as e:
    print("end", e.args)
for name, call in (("asend", lambda: ag.asend(None)), ("__anext__", ag.__anext__),
                   ("athrow", lambda: ag.athrow(KeyError))):
    try:
        call()
        print(name, "returned an awaitable")
    except StopAsyncIteration as e:
        print(name, "raised StopAsyncIteration at call", e.args)
