# Checks: close() of a coroutine whose finally awaits: fine if the await completes without suspending, RuntimeError if it suspends.
class Sleep:
    def __await__(self):
        yield "sleep"

class Instant:
    def __await__(self):
        return "instant"
        yield

async def cleanup_instant():
    try:
        await Sleep()
    finally:
        r = await Instant()
        print("finally awaited", r)

c = cleanup_instant()
c.send(None)
print(c.close())

async def cleanup_suspends():
    try:
        await Sleep()
    finally:
        print("finally starts awaiting")
        await Sleep()
        print("finally resumed")

c = cleanup_suspends()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    c.send(None)
except BaseException as e:
    print("after resume:", type(e).__name__, repr(e))
print(c.cr_frame)
