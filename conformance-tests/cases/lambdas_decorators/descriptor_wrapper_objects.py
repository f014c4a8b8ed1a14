# Checks: staticmethod/classmethod/property objects: their attributes, docs taken from the
# getter, doc kept through .setter/.getter, calling them, and their argument errors.
def helper(x):
    """Help with x."""
    return x * 2


helper.tag = "t"
sm = staticmethod(helper)
cm = classmethod(helper)
print(sm.__func__ is helper, sm.__wrapped__ is helper, sm.__name__, sm.__qualname__, sm.__doc__, hasattr(sm, "tag"))
print(cm.__func__ is helper, cm.__doc__, sm(21), type(sm).__name__, type(cm).__name__)
print(repr(sm).startswith("<staticmethod(<function helper at"), isinstance(sm, staticmethod))
try:
    cm(1)
except TypeError as e:
    print("TypeError:", e)
for make in (lambda: staticmethod(), lambda: classmethod(1, 2), lambda: staticmethod(helper, x=1)):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)


class Circle:
    def __init__(self, r):
        self._r = r

    @property
    def radius(self):
        """The radius."""
        return self._r

    @radius.setter
    def radius(self, value):
        self._r = value

    def _area(self):
        return 3 * self._r ** 2

    area = property(_area, doc="Rough area.")
    label = property(lambda self: "circle")
    scale = helper


prop = Circle.__dict__["radius"]
print(prop.__doc__, prop.fget.__name__, prop.fset.__name__, prop.fdel, isinstance(prop, property))
print(Circle.area.__doc__, Circle.label.__doc__, Circle.area.fset)
c = Circle(2)
c.radius = 5
print(c.radius, c.area, c.label, prop.__get__(c, Circle), prop.__get__(None, Circle) is prop)
prop.__set__(c, 7)
print(c.radius)
renamed = prop.getter(lambda self: -self._r)
print(renamed.__doc__, renamed.fset is prop.fset, renamed.__get__(c))
kept = Circle.area.getter(lambda self: 0)
print(kept.__doc__, kept.__get__(c))
for action in (lambda: setattr(c, "area", 1), lambda: delattr(c, "radius"), lambda: prop.__delete__(c)):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
for make in (lambda: property(1, 2, 3, 4, 5), lambda: property(size=1), lambda: property(helper, fget=helper)):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
try:
    prop.fget = None
except AttributeError as e:
    print("AttributeError:", e)
prop.__doc__ = "Changed."
print(prop.__doc__, property().__doc__, property().fget)


def abstract(f):
    f.__isabstractmethod__ = True
    return f


print(property(abstract(lambda s: 1)).__isabstractmethod__, staticmethod(helper).__isabstractmethod__,
      classmethod(abstract(lambda c: 1)).__isabstractmethod__)
