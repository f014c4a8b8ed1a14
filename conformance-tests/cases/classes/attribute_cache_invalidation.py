# Attribute lookups that a fast implementation might remember must follow every change:
# class attributes replaced, methods shadowed by instance attributes, attributes deleted,
# __dict__ edited directly, classes patched after instances exist, descriptors added later.

class Point:
    scale = 1

    def __init__(self, x, y, flip=False):
        if flip:
            self.y = y
            self.x = x
        else:
            self.x = x
            self.y = y

    def norm(self):
        return (self.x * self.x + self.y * self.y) * self.scale


def norms(points):
    return [p.norm() for p in points]


pts = [Point(i, i + 1) for i in range(3)]
print(norms(pts))

# A class attribute changes: every instance sees it through the same call site.
Point.scale = 10
print(norms(pts))

# The method is replaced on the class.
Point.norm = lambda self: -(self.x + self.y)
print(norms(pts))

# An instance attribute shadows the method for that instance only.
pts[1].norm = lambda: "own"
print(norms(pts))
del pts[1].norm
print(norms(pts))

# Instances whose attributes were set in a different order still read correctly.
class OnlyY(Point):
    def __init__(self, y):
        self.y = y


a = Point(1, 2)
b = Point(10, 20, flip=True)
c = OnlyY(7)
for p in [a, b, a, b, c]:
    try:
        print(p.x, p.y)
    except AttributeError as e:
        print("AttributeError:", e)


# A property added to a base class later wins over the instance attribute (data descriptor).
class Base:
    pass


class Child(Base):
    def __init__(self):
        self.value = 1


objs = [Child(), Child()]
print([o.value for o in objs])
Base.value = property(lambda self: "from property")
print([o.value for o in objs])
del Base.value
print([o.value for o in objs])

# Writes through __dict__ and vars() show through attribute access, and the other way round.
p = Point(3, 4)
d = p.__dict__
d["x"] = 30
print(p.x, vars(p))
p.z = 5
print(sorted(d.items()))
del d["y"]
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)


# Many attributes (beyond any fixed inline layout) keep their values and their order.
class Bag:
    pass


bag = Bag()
for i in range(100):
    setattr(bag, "a%d" % i, i)
print(sum([getattr(bag, "a%d" % i) for i in range(100)]), list(vars(bag))[:3], len(vars(bag)))


# __setattr__ defined after instances exist takes over assignments at an existing site.
class Watched:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n = self.n + 1


w = Watched()
for _ in range(3):
    w.bump()
print(w.n)
log = []


def watch(self, name, value):
    log.append((name, value))
    object.__setattr__(self, name, value)


Watched.__setattr__ = watch
for _ in range(2):
    w.bump()
print(w.n, log)


# __getattr__ is consulted only for missing names, also after the class changes.
class Lazy:
    def __getattr__(self, name):
        return "computed " + name


lz = Lazy()
lz.real = "real"
print([getattr(lz, n) for n in ("real", "other")])
Lazy.other = "class value"
print([getattr(lz, n) for n in ("real", "other")])

# object() has no attribute dict at all.
o = object()
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    vars(o)
except TypeError as e:
    print("TypeError:", e)

# Deleting a class attribute that is not there.
try:
    del Point.missing
except AttributeError as e:
    print("AttributeError:", e)


# A method call site that sees several classes in turn.
class Cat:
    def speak(self):
        return "meow"


class Dog:
    def speak(self):
        return "woof"


class Robot:
    speak = staticmethod(lambda: "beep")


print([x.speak() for x in [Cat(), Dog(), Robot(), Cat(), Robot()]])
# A builtin method call site that sees several types in turn.
print([v.count(1) for v in [[1, 1, 2], (1,), [3], (1, 1, 1)]])


# The attribute is looked up before the arguments are evaluated.
def noisy():
    print("argument evaluated")
    return 1


try:
    Point(1, 2).missing(noisy())
except AttributeError as e:
    print("AttributeError:", e)
try:
    [].missing(noisy())
except AttributeError as e:
    print("AttributeError:", e)
