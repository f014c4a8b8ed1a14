# Checks: defining __eq__ without __hash__ makes instances unhashable; __hash__ consistent with __eq__ for dict/set use.
class OnlyEq:
    def __eq__(self, other):
        return True
print(OnlyEq.__hash__)
try:
    hash(OnlyEq())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {OnlyEq()}
except TypeError as e:
    print(type(e).__name__, e)
class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, other):
        return isinstance(other, Key) and (self.a, self.b) == (other.a, other.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return f"Key({self.a}, {self.b})"
d = {Key(1, 2): "found"}
print(d[Key(1, 2)], Key(1, 2) in {Key(1, 2)}, len({Key(1, 2), Key(1, 2), Key(2, 1)}))
class Default:
    pass
x = Default()
print(hash(x) == hash(x), x == x, x != Default(), {x: 1}[x])
class Child(Key):
    def __eq__(self, other):
        return False
try:
    hash(Child(1, 2))
except TypeError as e:
    print(type(e).__name__, e)
