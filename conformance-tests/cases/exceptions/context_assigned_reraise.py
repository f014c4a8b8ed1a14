# Checks: an exception whose __context__ the program assigned (None or another exception) keeps it when re-raised with a bare raise through handlers and function frames; a raise statement sets it again
import sys
def reraise(exc):
    ctx = exc.__context__
    try:
        raise exc
    except BaseException:
        exc.__context__ = ctx
        raise

def f():
    try:
        raise KeyError("handled")
    except KeyError:
        e = ValueError("v")
        try:
            reraise(e)
        except ValueError as x:
            print("A", repr(x.__context__))

f()

def g():
    try:
        raise KeyError("handled")
    except KeyError:
        e = ValueError("v")
        try:
            try:
                raise e
            except BaseException:
                e.__context__ = None
                raise
        except ValueError as x:
            print("B", repr(x.__context__))
g()

def h():
    try:
        raise KeyError("handled")
    except KeyError:
        e = ValueError("v")
        e.__context__ = None
        def inner():
            raise e
        try:
            inner()
        except ValueError as x:
            print("C", repr(x.__context__))
h()
def i():
    try:
        raise KeyError("handled")
    except KeyError:
        e = ValueError("v")
        def inner():
            try:
                raise e
            except ValueError:
                e.__context__ = None
                raise
        try:
            inner()
        except ValueError as x:
            print("D", repr(x.__context__))
i()

def j():
    other = IndexError("other")
    try:
        raise KeyError("handled")
    except KeyError:
        e = ValueError("v")
        try:
            try:
                raise e
            except ValueError:
                e.__context__ = other
                raise
        except ValueError as x:
            print("E", repr(x.__context__))
        try:
            raise e
        except ValueError as x:
            print("F", repr(x.__context__))
j()
