# Checks: sys.exc_info() inside a coroutine or generator that the delegating body awaits (or
# yields from) inside an except block, also after it has suspended and been resumed.
import sys


class Sleep:
    def __await__(self):
        yield


async def inner(tag):
    print(tag, "before", sys.exc_info()[0])
    await Sleep()
    print(tag, "after", sys.exc_info()[0])
    await Sleep()
    try:
        raise IndexError
    except IndexError:
        await Sleep()
        print(tag, "own handler", sys.exc_info()[0])
    print(tag, "after own handler", sys.exc_info()[0])


async def main():
    try:
        raise KeyError
    except KeyError:
        await inner("in handler")
        print("main handler", sys.exc_info()[0])
    print("main after", sys.exc_info()[0])
    await inner("no handler")


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration:
        pass


run(main())
try:
    raise TypeError
except TypeError:
    run(main())


def leaf():
    yield 1
    print("leaf", sys.exc_info()[0])
    yield 2


def middle():
    try:
        raise ValueError
    except ValueError:
        yield from leaf()
    print("middle after", sys.exc_info()[0])


print(list(middle()))
try:
    raise LookupError
except LookupError:
    print(list(middle()))
