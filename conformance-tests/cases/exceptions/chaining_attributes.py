# Checks: __cause__/__context__/__suppress_context__ assignment and its type checks, raise ... from None, implicit context from builtin errors and from callees, context cycles cut.
def attempt(action):
    try:
        action()
    except Exception as err:
        print(type(err).__name__, err)

e = ValueError("base")
attempt(lambda: setattr(e, "__cause__", "not an exception"))
attempt(lambda: setattr(e, "__context__", 42))
attempt(lambda: setattr(e, "__suppress_context__", 1))
attempt(lambda: delattr(e, "__cause__"))
e.__cause__ = KeyError("k")
print(repr(e.__cause__), e.__suppress_context__)
e.__cause__ = None
print(e.__cause__, e.__suppress_context__)
e.__suppress_context__ = False
e.__context__ = TypeError("t")
print(repr(e.__context__), e.__suppress_context__)

try:
    try:
        raise KeyError("inner")
    except KeyError:
        raise ValueError("outer") from None
except ValueError as err:
    print(repr(err.__context__), err.__cause__, err.__suppress_context__)

try:
    try:
        raise KeyError("first")
    except KeyError:
        {}["missing"]
except KeyError as err:
    print(repr(err), "context:", repr(err.__context__))

def helper():
    return 1 / 0

try:
    try:
        raise NameError("while handling")
    except NameError:
        helper()
except ZeroDivisionError as err:
    print(repr(err), "context:", repr(err.__context__))

def reraise_from_callee():
    raise

try:
    try:
        raise LookupError("caller's")
    except LookupError:
        reraise_from_callee()
except LookupError as err:
    print("re-raised by callee:", repr(err))

a = ValueError("a")
b = TypeError("b")
try:
    try:
        raise a
    except ValueError:
        try:
            raise b
        except TypeError:
            raise a
except ValueError as err:
    print(repr(err.__context__), repr(err.__context__.__context__))

try:
    raise RuntimeError("no handler")
except RuntimeError as err:
    print(err.__context__, err.__cause__)
