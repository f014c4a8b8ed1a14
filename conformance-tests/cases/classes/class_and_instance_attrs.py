# Checks: class attribute lookup order, mutable class attributes shared by instances, __dict__ contents.
class Bag:
    items = []
    count = 0
    def add(self, x):
        self.items.append(x)
        self.count += 1
a, b = Bag(), Bag()
a.add(1); b.add(2)
print(Bag.items, a.count, b.count, Bag.count)
print(a.__dict__, "items" in Bag.__dict__, "add" in Bag.__dict__)
a.extra = "x"
print(sorted(a.__dict__), getattr(b, "extra", "missing"))
try:
    b.nothing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Bag.nothing
except AttributeError as e:
    print(type(e).__name__, e)
