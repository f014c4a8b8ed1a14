# Checks: properties with validation, read-only properties, computed properties and property on the class.
class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h
    @property
    def w(self):
        return self._w
    @w.setter
    def w(self, value):
        if value <= 0:
            raise ValueError(f"width must be positive, got {value}")
        self._w = value
    @property
    def area(self):
        return self.w * self.h
r = Rect(3, 4)
print(r.w, r.area, sorted(vars(r)))
r.w = 10
print(r.area)
try:
    r.w = -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    r.area = 5
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Rect.area).__name__, Rect.area.fget(r), Rect.area.fset)
