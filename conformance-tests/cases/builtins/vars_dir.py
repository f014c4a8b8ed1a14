# Checks: vars() of instances and classes (filtered), dir() of user classes filtered to non-dunder names, vars() errors.
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst = 3
    def child_method(self):
        pass
c = Child()
print(vars(c))
print([n for n in dir(c) if not n.startswith("__")])
print([n for n in dir(Child) if not n.startswith("__")])
print(sorted([k for k in vars(Child) if not k.startswith("__")]))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
def f():
    local_a, local_b = 1, 2
    return sorted(vars().items()), dir()
print(f())
