# Checks: sending non-None to a just-started coroutine raises TypeError; the coroutine is still startable afterwards.
class Sleep:
    def __await__(self):
        return (yield "s")

async def coro():
    print("started")
    return await Sleep()

c = coro()
try:
    c.send(1)
except TypeError as e:
    print(type(e).__name__, e)
print(c.send(None))
try:
    c.send("value")
except StopIteration as e:
    print("result", e.value)
w = coro().__await__()
try:
    w.send("x")
except TypeError as e:
    print("wrapper:", type(e).__name__, e)
w.close()
