# Checks: traceback of an exception thrown with athrow() that the async generator does not catch.
async def events():
    yield "start"
    yield "stop"

ag = events()
try:
    ag.asend(None).send(None)
except StopIteration as e:
    print("got", e.value)
ag.athrow(TimeoutError("no events")).send(None)
