# Checks: reflected comparisons: a < b tries a.__lt__ then b.__gt__; == falls back to identity; TypeError messages.
class A:
    def __lt__(self, other):
        print("A.__lt__")
        return NotImplemented
class B:
    def __gt__(self, other):
        print("B.__gt__")
        return True
print(A() < B())
class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), p != p)
for op in [lambda: Plain() < Plain(), lambda: 1 < "1", lambda: [] > {}, lambda: None >= 0, lambda: Plain() <= 1]:
    try:
        op()
    except TypeError as e:
        print(type(e).__name__, e)
class Sub(int):
    def __eq__(self, other):
        print("Sub.__eq__ first")
        return NotImplemented
print(5 == Sub(5))
