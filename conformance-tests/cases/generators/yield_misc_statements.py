# Checks: yield inside assert, raise, starred unpacking targets, with items, global statements and return tuples.
counter = 0

class Ctx:
    def __enter__(self):
        print("enter")
        return "ctx"
    def __exit__(self, *a):
        print("exit")

def gen():
    global counter
    assert (yield "assert?"), "assertion message"
    print("assert passed")
    first, *rest = yield "unpack?"
    print("first", first, "rest", rest)
    counter += (yield "global add?")
    print("counter", counter)
    with (yield "context manager?") as c:
        print("inside with", c)
    raise (yield "exception?")

g = gen()
print(next(g))
print(g.send(1))
print(g.send([1, 2, 3]))
print(g.send(5))
try:
    print(g.send(Ctx()))
    g.send(ValueError("raised from yield"))
except ValueError as e:
    print("ValueError", e)

g = gen()
next(g)
try:
    g.send(0)
except AssertionError as e:
    print("AssertionError", e)
