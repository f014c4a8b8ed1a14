# Checks: coro.send/throw/close on a coroutine suspended in an await: values, caught exceptions, GeneratorExit and finally.
class Suspend:
    def __await__(self):
        v = yield "suspended"
        return v

async def worker():
    try:
        while True:
            try:
                got = await Suspend()
                print("worker got", got)
            except ValueError as e:
                print("worker caught", repr(e))
    finally:
        print("worker finally")

c = worker()
print(c.send(None))
print(c.send("a"))
print(c.throw(ValueError("v")))
print(c.throw(ValueError, "v2"))
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(c.cr_frame)

c = worker()
c.send(None)
print("close ->", c.close())
print(c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
