# Checks: an exception thrown into a suspended coroutine and not caught: traceback shows throw() and the await lines.
class Sleep:
    def __await__(self):
        yield "zz"

async def inner():
    await Sleep()

async def outer():
    await inner()

c = outer()
print(c.send(None))
c.throw(ConnectionError("lost"))
