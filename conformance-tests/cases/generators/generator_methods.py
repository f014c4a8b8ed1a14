# Checks: generator methods, classmethods and staticmethods; self state changes between yields are visible.
class Counter:
    instances = 0
    def __init__(self, limit):
        self.limit = limit
        self.current = 0
    def count(self):
        while self.current < self.limit:
            self.current += 1
            yield self.current
    @classmethod
    def make_many(cls, *limits):
        for lim in limits:
            cls.instances += 1
            yield cls(lim)
    @staticmethod
    def evens(n):
        yield from range(0, n, 2)

c = Counter(3)
g = c.count()
print(next(g))
c.limit = 5
print(list(g), c.current)
print([x.limit for x in Counter.make_many(1, 2, 3)], Counter.instances)
print(list(Counter.evens(7)))

class Tree:
    def __init__(self, label, *children):
        self.label = label
        self.children = children
    def walk(self):
        yield self.label
        for ch in self.children:
            yield from ch.walk()

t = Tree("root", Tree("a", Tree("a1")), Tree("b"))
print(list(t.walk()))
m = t.walk
print(type(m).__name__, type(m()).__name__)
