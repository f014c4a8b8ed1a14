# Checks: __await__ is looked up on the type, not the instance; __await__ that raises; awaiting the same awaitable twice.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Plain:
    pass

p = Plain()
p.__await__ = lambda: iter([])

class Raises:
    def __await__(self):
        raise LookupError("from __await__")

class Reusable:
    def __init__(self):
        self.count = 0
    def __await__(self):
        self.count += 1
        yield
        return self.count

async def main():
    try:
        await p
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        await Raises()
    except LookupError as e:
        print(type(e).__name__, e)
    r = Reusable()
    print(await r, await r, await r)

run(main())
Plain.__await__ = lambda self: iter([])
run(main())
