# Checks: TypeError messages for bad calls of methods, constructors, and builtins (qualified names).
class C:
    def __init__(self, x):
        self.x = x
    def m(self, a):
        return a
    @staticmethod
    def s(a):
        return a
    @classmethod
    def cm(cls, a):
        return a
calls = [
    lambda: C(),
    lambda: C(1, 2),
    lambda: C(1).m(),
    lambda: C(1).m(1, 2),
    lambda: C.m(1),
    lambda: C.s(),
    lambda: C.cm(1, 2),
    lambda: C(1).m(b=1),
    lambda: len(),
    lambda: len(1, 2),
    lambda: abs(),
    lambda: isinstance(1),
    lambda: print(bad=1),
    lambda: "x".split(1, 2, 3),
    lambda: [].append(),
    lambda: int("1", base=10, extra=1),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
