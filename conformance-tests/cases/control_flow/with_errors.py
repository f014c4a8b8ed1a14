# Checks: errors from with-statements on objects lacking __enter__/__exit__, and exceptions in __enter__.
class NoEnter:
    pass
try:
    with NoEnter():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class OnlyEnter:
    def __enter__(self):
        return self
try:
    with OnlyEnter():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class FailEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit must not run")
try:
    with FailEnter():
        print("body must not run")
except RuntimeError as e:
    print(type(e).__name__, e)
class FailExit:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise ValueError("exit failed")
try:
    with FailExit():
        raise KeyError("original")
except ValueError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))
