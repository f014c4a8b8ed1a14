# Checks: __iter__ written as a generator method makes a class iterable; each for loop gets a fresh generator.
class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __iter__(self):
        print("__iter__")
        for it in self.items:
            yield it

b = Bag(1, 2, 3)
for x in b:
    print(x)
print(list(b), sum(b), 2 in b)
it1 = iter(b)
it2 = iter(b)
print(next(it1), next(it1), next(it2))
print(type(it1).__name__, it1 is not it2)

class Reversed:
    def __init__(self, seq):
        self.seq = seq
    def __iter__(self):
        return self.gen()
    def gen(self):
        for i in range(len(self.seq) - 1, -1, -1):
            yield self.seq[i]
    def __reversed__(self):
        yield from self.seq

r = Reversed("abc")
print(list(r), list(reversed(r)))
print(sorted(Bag(3, 1, 2)))
