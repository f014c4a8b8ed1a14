# Checks: types.GenericAlias called directly (what __class_getitem__ = classmethod(GenericAlias) does): origin and args, a non-tuple argument wrapped, repr of user classes, calling the alias, argument-count errors
GenericAlias = type(list[int])
a = GenericAlias(list, int)
print(a, a.__origin__, a.__args__)
b = GenericAlias(dict, (str, int))
print(b, b.__args__)
print(GenericAlias(tuple, ()), GenericAlias(tuple, ((),)))
print(a([1, 2]))

class Box:
    __class_getitem__ = classmethod(GenericAlias)
    def __init__(self, v=None):
        self.v = v

print(Box[int])
print(Box[int, str].__args__)
print(Box[int].__origin__ is Box)
print(Box[int](5).v)
class Outer:
    class Inner:
        __class_getitem__ = classmethod(GenericAlias)
print(Outer.Inner[...])
for args in [(), (list,), (list, int, str)]:
    try:
        GenericAlias(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    GenericAlias(list, int, extra=1)
except TypeError as e:
    print(type(e).__name__, e)
