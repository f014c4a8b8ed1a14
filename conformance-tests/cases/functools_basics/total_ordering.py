# Checks: functools.total_ordering fills in the missing comparison methods from __lt__, __le__, __gt__ or __ge__ (with __eq__), keeps the ones defined, propagates NotImplemented, and raises ValueError without any ordering method
from functools import total_ordering

@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
print(a < b, a <= b, a > b, a >= b, a == c, a <= c, a >= c, a > c)
print(sorted([Version(2), Version(1, 5), Version(1)]))
print(Version.__gt__.__name__, Version.__le__.__name__, Version.__ge__.__name__)
print(Version.__gt__.__doc__)
print("__lt__" in Version.__dict__, Version.__lt__.__name__)

try:
    a < 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    a >= "x"
except TypeError as e:
    print(type(e).__name__, e)
print(Version.__ge__(a, 3))

for root in ("__le__", "__gt__", "__ge__"):
    def make(root):
        ops = {
            "__le__": lambda self, other: self.n <= other.n,
            "__gt__": lambda self, other: self.n > other.n,
            "__ge__": lambda self, other: self.n >= other.n,
        }
        ns = {
            "__init__": lambda self, n: setattr(self, "n", n),
            "__eq__": lambda self, other: self.n == other.n,
            root: ops[root],
        }
        return total_ordering(type("N" + root.strip("_"), (), ns))
    N = make(root)
    x, y = N(1), N(2)
    print(N.__name__, [x < y, x <= y, x > y, x >= y, x < x, x <= x, x > x, x >= x])

# Several roots: the ones defined are kept, __lt__ is preferred as the root.
@total_ordering
class Both:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __lt__(self, other):
        return self.n < other.n
    def __gt__(self, other):
        return "custom gt"
print(Both(1) > Both(2), Both(1) >= Both(2), Both(1) <= Both(1))

try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print(type(e).__name__, e)

# Inherited ordering methods count as defined.
class Base:
    def __lt__(self, other):
        return True
@total_ordering
class Derived(Base):
    pass
print("__gt__" in Derived.__dict__, "__lt__" in Derived.__dict__)
