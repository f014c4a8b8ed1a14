# Checks: throw() on the outer coroutine is delivered to the innermost __await__ iterator's throw(); handled or propagated.
class CustomIter:
    def __init__(self):
        self.steps = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.steps += 1
        if self.steps > 2:
            raise StopIteration("iter result")
        return "step %d" % self.steps
    def send(self, v):
        return self.__next__()
    def throw(self, exc, *rest):
        print("CustomIter.throw received", repr(exc), len(rest), "more args")
        if isinstance(exc, KeyError):
            return "recovered in iterator"
        raise exc

class Awaitable:
    def __await__(self):
        return CustomIter()

async def inner():
    r = await Awaitable()
    print("inner got", r)
    return r

async def outer():
    try:
        return await inner()
    except ValueError as e:
        print("outer caught", repr(e))
        return "outer handled"

c = outer()
print(c.send(None))
print(c.throw(KeyError("k")))
try:
    while True:
        print(c.send(None))
except StopIteration as e:
    print("result", e.value)

c = outer()
c.send(None)
try:
    c.throw(ValueError("v"))
except StopIteration as e:
    print("result", e.value)
