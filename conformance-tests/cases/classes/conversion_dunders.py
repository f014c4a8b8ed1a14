# Checks: __int__, __float__, __index__, __bool__, __str__, __repr__, __bytes__, __round__, __trunc__, __floor__, __ceil__, __complex__-free.
import math
class Num:
    def __init__(self, v): self.v = v
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __index__(self): return int(self.v)
    def __bool__(self): return self.v != 0
    def __str__(self): return f"Num {self.v}"
    def __repr__(self): return f"Num({self.v!r})"
    def __bytes__(self): return b"num"
    def __round__(self, n=None): return f"round({n})"
    def __trunc__(self): return "trunc"
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
n = Num(7.9)
print(int(n), float(n), bool(n), str(n), repr(n), bytes(n), round(n), round(n, 2))
print(math.trunc(n), math.floor(n), math.ceil(n))
print(hex(Num(255)), bin(Num(5)), oct(Num(8)), "abcdefgh"[Num(2)], [0, 1, 2][Num(1):], range(Num(3)))
class BadInt:
    def __int__(self): return "nope"
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self): return 5
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
