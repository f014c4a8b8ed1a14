# Checks: reflected dunders (__radd__ etc.) used when the left operand does not support the operation; subclass priority.
class R:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"R({self.v})"
    def __radd__(self, o): return R(o + self.v)
    def __rsub__(self, o): return R(o - self.v)
    def __rmul__(self, o): return R(o * self.v)
    def __rtruediv__(self, o): return R(o / self.v)
    def __rfloordiv__(self, o): return R(o // self.v)
    def __rmod__(self, o): return R(o % self.v)
    def __rpow__(self, o): return R(o ** self.v)
    def __rlshift__(self, o): return R(o << self.v)
    def __rrshift__(self, o): return R(o >> self.v)
    def __rand__(self, o): return R(o & self.v)
    def __ror__(self, o): return R(o | self.v)
    def __rxor__(self, o): return R(o ^ self.v)
    def __rdivmod__(self, o): return divmod(o, self.v)
    def __rmatmul__(self, o): return f"rmatmul {o}"
r = R(3)
print(10 + r, 10 - r, 10 * r, 9 / r, 10 // r, 10 % r, 2 ** r, 1 << r, 64 >> r, 7 & r, 8 | r, 5 ^ r, divmod(10, r), 1 @ r)
print(sum([1, 2], 0) + r)
class Base:
    def __add__(self, o):
        return "Base.__add__"
    def __radd__(self, o):
        return "Base.__radd__"
class Derived(Base):
    def __radd__(self, o):
        return "Derived.__radd__ (subclass wins)"
print(Base() + Derived(), Derived() + Base())
class NoAdd:
    pass
try:
    NoAdd() + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 + NoAdd()
except TypeError as e:
    print(type(e).__name__, e)
