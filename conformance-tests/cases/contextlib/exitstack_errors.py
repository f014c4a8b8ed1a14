# Checks: ExitStack.enter_context refuses objects without __enter__/__exit__ (TypeError naming module.qualname, from None), AsyncExitStack.enter_async_context likewise, and a failing __enter__ registers nothing
from contextlib import ExitStack, AsyncExitStack

class NoExit:
    def __enter__(self):
        print("NoExit.__enter__ called")

class Outer:
    class NoEnter:
        def __exit__(self, *a):
            pass

for obj in (42, NoExit(), Outer.NoEnter(), "text"):
    with ExitStack() as stack:
        try:
            stack.enter_context(obj)
        except TypeError as e:
            print(type(e).__name__, e)
            print(e.__context__, e.__suppress_context__)

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Sync:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass

async def main():
    async with AsyncExitStack() as stack:
        for obj in (Sync(), None):
            try:
                await stack.enter_async_context(obj)
            except TypeError as e:
                print(type(e).__name__, e)
        print(len(stack._exit_callbacks))

run(main())

class FailingEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("never")

with ExitStack() as stack:
    try:
        stack.enter_context(FailingEnter())
    except RuntimeError as e:
        print(e, len(stack._exit_callbacks))

# Only the type's methods count: instance attributes are ignored.
class Plain:
    pass
p = Plain()
p.__enter__ = lambda: None
p.__exit__ = lambda *a: None
with ExitStack() as stack:
    try:
        stack.enter_context(p)
    except TypeError as e:
        print(e)

# callback() needs the callback positionally.
with ExitStack() as stack:
    try:
        stack.callback()
    except TypeError as e:
        print(type(e).__name__)
