# Checks: athrow(type), athrow(type, value), athrow(instance), athrow(type, None, None) and athrow(type, args-tuple) into a library generator; the exception seen inside and its args.
from async_generator import async_generator, yield_

class MyError(Exception):
    pass

@async_generator
async def catcher():
    while True:
        try:
            await yield_("ready")
        except MyError as e:
            print("inside:", type(e).__name__, e.args)

def step(make):
    try:
        aw = make()
        while True:
            aw.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except Exception as e:
        return (type(e).__name__, str(e))

ag = catcher()
print(step(lambda: ag.asend(None)))
print(step(lambda: ag.athrow(MyError)))
print(step(lambda: ag.athrow(MyError, "v")))
print(step(lambda: ag.athrow(MyError("inst"))))
print(step(lambda: ag.athrow(MyError, None, None)))
print(step(lambda: ag.athrow(MyError, ("a", "b"))))
print(step(lambda: ag.athrow(MyError, MyError("given"))))
async def close():
    await ag.aclose()
try:
    close().send(None)
except StopIteration:
    print("closed")
