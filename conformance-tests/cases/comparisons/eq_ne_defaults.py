# Checks: __ne__ defaults to the inverse of __eq__; __eq__ returning non-bool; comparisons with None.
class P:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        if not isinstance(other, P):
            return NotImplemented
        return self.v == other.v
    __hash__ = None
print(P(1) == P(1), P(1) != P(1), P(1) != P(2), P(1) == 1, P(1) != 1)
class Weird:
    def __eq__(self, other):
        return "yes"
print(Weird() == 1, Weird() != 1, [Weird()] == [Weird()])
try:
    hash(P(1))
except TypeError as e:
    print(type(e).__name__, e)
