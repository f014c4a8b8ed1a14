# Checks: send(None) through yield from on a plain iterator calls __next__; a non-None send needs a .send method.
def outer(it):
    try:
        r = yield from it
        print("returned", r)
    except Exception as e:
        print("outer sees", type(e).__name__, e)
        yield "after error"

g = outer(iter([1, 2, 3]))
print(next(g))
print(g.send(None))
print(g.send("x"))
print(list(g))

class WithSend:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration("done-next")
        return "next" + str(self.i)
    def send(self, v):
        self.i += 1
        if self.i > 3:
            raise StopIteration("done-send")
        return "send(" + str(v) + ")"

g = outer(WithSend())
print(next(g))
print(g.send(None))
print(g.send(42))
try:
    g.send(43)
except StopIteration as e:
    print("stop", e.value)
