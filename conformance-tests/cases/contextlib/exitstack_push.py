# Checks: ExitStack.push with plain exit callables and with context manager objects (their __exit__ looked up on the type), suppression by a callback, the exception details each callback receives
from contextlib import ExitStack

def show(name, result=False):
    def exit_cb(typ, val, tb):
        print(name, "got", typ.__name__ if typ else None, val, tb is not None)
        return result
    return exit_cb

with ExitStack() as stack:
    r = stack.push(show("first"))
    print(r.__name__)
    stack.push(show("second"))

try:
    with ExitStack() as stack:
        stack.push(show("outer"))
        stack.push(show("suppressor", True))
        stack.push(show("inner"))
        raise ValueError("body")
    print("suppressed, continues")
except ValueError:
    print("not suppressed")

class ExitOnly:
    def __exit__(self, typ, val, tb):
        print("ExitOnly.__exit__", typ.__name__ if typ else None)
        return True

e = ExitOnly()
with ExitStack() as stack:
    print(stack.push(e) is e)
    raise KeyError("k")
print("after KeyError")

# An instance attribute named __exit__ is not used: the instance itself is called.
class Callable:
    def __call__(self, *exc):
        print("instance called", exc[0])
obj = Callable()
obj.__exit__ = lambda *a: print("instance attribute used")
with ExitStack() as stack:
    stack.push(obj)

# A staticmethod __exit__ is still called with the manager bound first.
class Static:
    @staticmethod
    def __exit__(*args):
        print("static __exit__ args:", len(args), type(args[0]).__name__)
with ExitStack() as stack:
    stack.push(Static())

# The return value of __exit__ only has to be truthy.
with ExitStack() as stack:
    stack.push(lambda *exc: "yes")
    raise IndexError
print("suppressed by a truthy value")

# Suppression clears the details passed to the callbacks below it.
with ExitStack() as stack:
    stack.push(show("after suppression"))
    stack.push(show("suppress", True))
    raise TypeError("t")
