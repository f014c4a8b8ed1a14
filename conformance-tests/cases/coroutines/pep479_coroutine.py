# Checks: StopIteration raised inside a coroutine becomes RuntimeError "coroutine raised StopIteration" with __cause__.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def leaks():
    raise StopIteration("oops")

async def via_next():
    return next(iter([]))

async def caller(c):
    try:
        await c
    except RuntimeError as e:
        print(type(e).__name__, e, "| cause:", repr(e.__cause__))
    return "caller continued"

print(run(caller(leaks())))
print(run(caller(via_next())))

async def stop_async():
    raise StopAsyncIteration("not converted")

try:
    run(stop_async())
except StopAsyncIteration as e:
    print("StopAsyncIteration passes through a coroutine:", e)
