# Checks: getattr with default, setattr, hasattr, delattr on instances and classes, and their errors.
class C:
    cls_attr = "class level"
c = C()
setattr(c, "x", 5)
print(getattr(c, "x"), getattr(c, "missing", "default"), getattr(c, "cls_attr"), hasattr(c, "x"), hasattr(c, "y"))
delattr(c, "x")
print(hasattr(c, "x"))
try:
    getattr(c, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(c, "cls_attr")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(c, 5)
except TypeError as e:
    print(type(e).__name__, e)
setattr(C, "added", lambda self: "method added later")
print(c.added())
class Raises:
    @property
    def boom(self):
        raise ValueError("not an AttributeError")
try:
    hasattr(Raises(), "boom")
except ValueError as e:
    print(type(e).__name__, e)
