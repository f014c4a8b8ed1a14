# Checks: ExitStack.pop_all moves the callbacks to a new stack of the same type, leaving the old one empty; close() unwinds immediately; the "acquire several, keep only on success" idiom
from contextlib import ExitStack

def cb(name):
    print("cleanup", name)

with ExitStack() as stack:
    stack.callback(cb, "a")
    stack.callback(cb, "b")
    moved = stack.pop_all()
    print(type(moved).__name__, len(stack._exit_callbacks), len(moved._exit_callbacks))
print("the with ended, nothing ran")
moved.close()
print("closed")
moved.close()
print("closed again: nothing")

class MyStack(ExitStack):
    pass
s = MyStack()
s.callback(cb, "sub")
print(type(s.pop_all()).__name__)

# Acquire resources, keeping them only if everything succeeded.
class Resource:
    def __init__(self, name, fail=False):
        if fail:
            raise OSError("cannot open " + name)
        self.name = name
        print("opened", name)
    def close(self):
        print("closed", self.name)

def open_all(names, fail_at=None):
    with ExitStack() as stack:
        res = []
        for n in names:
            r = Resource(n, fail=(n == fail_at))
            stack.callback(r.close)
            res.append(r)
        return res, stack.pop_all()

res, keep = open_all(["x", "y"])
print([r.name for r in res])
with keep:
    print("using")

try:
    open_all(["p", "q", "r"], fail_at="r")
except OSError as e:
    print("failed:", e)

# close() runs callbacks without exception details.
stack = ExitStack()
stack.push(lambda *exc: print("push got", exc))
stack.close()
print(len(stack._exit_callbacks))
