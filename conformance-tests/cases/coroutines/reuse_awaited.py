# Checks: "cannot reuse already awaited coroutine" for awaiting/sending a finished coroutine; throw into a finished coroutine.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def value():
    return 7

async def main():
    c = value()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print(type(e).__name__, e)

run(main())
c = value()
print(run(c))
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    next(c.__await__())
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    c.throw(ValueError("into finished"))
except Exception as e:
    print(type(e).__name__, e)
print(c.close())

async def raises():
    raise KeyError("once")

r = raises()
try:
    r.send(None)
except KeyError as e:
    print("first:", repr(e))
try:
    r.send(None)
except RuntimeError as e:
    print("second:", e)
