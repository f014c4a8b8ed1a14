# Checks: object's default __eq__/__ne__/__str__, __class__, __init_subclass__, and that object() has no __dict__.
o = object()
print(o == o, o != object(), type(o).__name__, hasattr(o, "__dict__"))
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
class C:
    pass
c = C()
print(str(c) == repr(c), c.__class__.__name__, C.__base__ is object)
print(object.__eq__(c, c), object.__eq__(c, 1), object.__ne__(c, 1))
print(c.__eq__(1), c.__lt__(c))
