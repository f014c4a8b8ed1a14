# Checks: traceback objects: the tb_next chain and its assignment checks, tb_frame's f_lineno and f_code, with_traceback with None and a foreign traceback, __traceback__ assignment checks.
def fail(n):
    if n == 0:
        raise ValueError("bottom")
    fail(n - 1)

try:
    fail(2)
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_frame.f_lineno))
        tb = tb.tb_next
    print(names)
    first = e.__traceback__
    print(type(first).__name__, type(first.tb_frame).__name__, type(first.tb_frame.f_code).__name__)
    print(first.tb_frame.f_code.co_filename.endswith("traceback_objects.py"))
    try:
        first.tb_next = 5
    except TypeError as err:
        print("TypeError:", err)
    try:
        first.tb_next.tb_next = first
    except ValueError as err:
        print("ValueError:", err)
    first.tb_next = None
    print(e.__traceback__.tb_next)
    try:
        e.__traceback__ = "tb"
    except TypeError as err:
        print("TypeError:", err)
    saved = e.__traceback__
    e.__traceback__ = None
    print(e.__traceback__)
    other = KeyError("moved").with_traceback(saved)
    print(other.__traceback__ is saved, other.with_traceback(None).__traceback__)
    try:
        e.with_traceback(1)
    except TypeError as err:
        print("TypeError:", err)

def where():
    try:
        raise RuntimeError("here")
    except RuntimeError as err:
        return err.__traceback__.tb_frame.f_code.co_name, err.__traceback__.tb_lineno
print(where())
