# Checks: ExitStack: callbacks run last-in first-out with their arguments, enter_context returns __enter__'s result and registers __exit__, callback returns its argument, __wrapped__ of callback wrappers, __enter__ returns the stack
from contextlib import ExitStack, contextmanager

class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ)

def cb(*args, **kwds):
    print("callback", args, sorted(kwds.items()))

with ExitStack() as stack:
    print(type(stack).__name__)
    print(stack.enter_context(CM("a")))
    r = stack.callback(cb, 1, 2, key="v")
    print(r is cb)
    print(stack.enter_context(CM("b")))
    stack.callback(cb)
    stack.callback(print, "print as callback", sep="|")
    print("body end")
print("after")

@contextmanager
def gen_cm(n):
    print("gen enter", n)
    yield n * 10
    print("gen exit", n)

with ExitStack() as stack:
    values = [stack.enter_context(gen_cm(i)) for i in range(3)]
    print(values)

# Callbacks registered with keyword names used by callback() itself.
def kw(**k):
    print(sorted(k.items()))
with ExitStack() as stack:
    stack.callback(kw, callback="c", self="s")

# callback() is usable as a decorator.
with ExitStack() as stack:
    @stack.callback
    def cleanup():
        print("decorated cleanup")
    print(cleanup.__name__)

# The wrapper pushed for a callback exposes the original as __wrapped__.
stack = ExitStack()
stack.callback(cb, 5)
is_sync, wrapper = stack._exit_callbacks[-1]
print(is_sync, wrapper.__wrapped__ is cb)
stack.close()

# An empty stack.
with ExitStack():
    pass
print(ExitStack().__exit__(None, None, None))
print(ExitStack().__exit__(KeyError, KeyError(), None))
