# Checks: yield inside a with body: __enter__ once, __exit__ once when the body ends normally or by an exception.
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.name == "suppress"

def gen():
    with CM("a") as a:
        yield a + "1"
        yield a + "2"
    with CM("b") as b, CM("c") as c:
        yield b + c
    with CM("suppress"):
        yield "before raise"
        raise KeyError("swallowed")
        yield "unreachable"
    yield "after suppress"
    with CM("d"):
        yield "d body"
        raise ValueError("propagates")

g = gen()
try:
    for v in g:
        print("got", v)
except ValueError as e:
    print("caught", e)
