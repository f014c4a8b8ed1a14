# Checks: sys.exc_info() and sys.exception() inside and outside handlers.
import sys
print(sys.exc_info(), sys.exception())
try:
    raise KeyError("inside")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is v.__traceback__, repr(sys.exception()))
print(sys.exc_info())
def nested():
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise TypeError("b")
        except TypeError:
            print("innermost", repr(sys.exception()))
        print("back to", repr(sys.exception()))
nested()
