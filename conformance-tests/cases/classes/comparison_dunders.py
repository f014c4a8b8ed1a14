# Checks: all six comparison dunders, reflection (a > b calls b.__lt__ when a lacks __gt__), and sorting with them.
class M:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"M{self.v}"
    def __eq__(self, o): return isinstance(o, M) and self.v == o.v
    def __ne__(self, o): return not self == o
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
    def __gt__(self, o): return self.v > o.v
    def __ge__(self, o): return self.v >= o.v
    __hash__ = object.__hash__
a, b = M(1), M(2)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == M(1), sorted([M(3), a, b]))
class OnlyLt:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print(f"__lt__({self.v}, {o.v})")
        return self.v < o.v
x, y = OnlyLt(1), OnlyLt(2)
print(y > x)
try:
    x <= y
except TypeError as e:
    print(type(e).__name__, e)
