# Checks: ExitStack: a later callback's exception after an earlier suppression, suppression of a callback's exception by an outer callback, __exit__'s return value, the exception raised is the object the callback raised
from contextlib import ExitStack

def chain(e):
    names = []
    while e is not None:
        names.append(type(e).__name__)
        e = e.__context__
    return " <- ".join(names)

def raiser(exc):
    raise exc

def suppressor(*exc):
    print("suppressor got", exc[0].__name__ if exc[0] else None)
    return True

# Body error suppressed by the inner callback, then an outer callback raises.
try:
    with ExitStack() as stack:
        stack.callback(raiser, ValueError("outer"))
        stack.push(suppressor)
        raise KeyError("body")
except ValueError as exc:
    print("raised:", chain(exc))

# An inner callback raises, an outer one suppresses it.
with ExitStack() as stack:
    stack.push(suppressor)
    stack.callback(raiser, OSError("from callback"))
print("suppressed callback error")

stack = ExitStack()
stack.push(suppressor)
stack.callback(raiser, OSError("x"))
print(stack.__exit__(None, None, None))

stack = ExitStack()
stack.push(suppressor)
print(stack.__exit__(KeyError, KeyError("k"), None))

stack = ExitStack()
stack.push(lambda *e: False)
print(stack.__exit__(KeyError, KeyError("k"), None))

# The exception that escapes is exactly the one raised by the last failing callback.
err = IndexError("exact")
try:
    with ExitStack() as stack:
        stack.callback(raiser, err)
except IndexError as exc:
    print(exc is err, exc.__context__)

# Every callback runs even when several raise.
ran = []
try:
    with ExitStack() as stack:
        for i in range(4):
            stack.callback(ran.append, i)
            stack.callback(raiser, ArithmeticError(i))
except ArithmeticError as exc:
    print(ran, exc, chain(exc))
    e = exc
    while e is not None:
        print(" ", e.args)
        e = e.__context__
