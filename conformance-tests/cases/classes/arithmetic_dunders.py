# Checks: every binary arithmetic dunder (+ - * / // % ** @ << >> & | ^) and unary - + ~ abs on a user class.
class V:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"V({self.v})"
    def __add__(self, o): return V(self.v + o)
    def __sub__(self, o): return V(self.v - o)
    def __mul__(self, o): return V(self.v * o)
    def __truediv__(self, o): return V(self.v / o)
    def __floordiv__(self, o): return V(self.v // o)
    def __mod__(self, o): return V(self.v % o)
    def __divmod__(self, o): return (V(self.v // o), V(self.v % o))
    def __pow__(self, o, mod=None): return V(pow(self.v, o, mod))
    def __matmul__(self, o): return f"matmul {self.v} {o}"
    def __lshift__(self, o): return V(self.v << o)
    def __rshift__(self, o): return V(self.v >> o)
    def __and__(self, o): return V(self.v & o)
    def __or__(self, o): return V(self.v | o)
    def __xor__(self, o): return V(self.v ^ o)
    def __neg__(self): return V(-self.v)
    def __pos__(self): return V(+self.v)
    def __invert__(self): return V(~self.v)
    def __abs__(self): return V(abs(self.v))
x = V(13)
print(x + 1, x - 1, x * 2, x / 2, x // 2, x % 5, divmod(x, 5), x ** 2, pow(x, 2, 10))
print(x @ 3, x << 2, x >> 1, x & 6, x | 2, x ^ 1, -x, +x, ~x, abs(V(-4)))
