# Checks: __slots__ restricts attributes, no __dict__, errors for unknown or unset slots, inheritance of slots.
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), Point.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
class Lazy:
    __slots__ = ["v"]
l = Lazy()
try:
    l.v
except AttributeError as e:
    print(type(e).__name__, e)
l.v = 5
del l.v
print(hasattr(l, "v"))
class Point3(Point):
    __slots__ = ("z",)
p3 = Point3(1, 2)
p3.z = 3
print(p3.x, p3.y, p3.z, hasattr(p3, "__dict__"))
class Free(Point):
    pass
f = Free(0, 0)
f.anything = 1
print(f.anything, hasattr(f, "__dict__"))
print(type(Point.x).__name__)
