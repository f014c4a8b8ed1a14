# Checks: a for loop suspended at a yield keeps its iterator: __iter__ is called once and next() continues where it was.
class Source:
    def __init__(self, name, n):
        self.name = name
        self.n = n
    def __iter__(self):
        print("iter", self.name)
        return SourceIter(self.name, self.n)

class SourceIter:
    def __init__(self, name, n):
        self.name = name
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            print("exhausted", self.name)
            raise StopIteration
        self.i += 1
        print("next", self.name, self.i)
        return self.i

def gen():
    for a in Source("A", 2):
        for b in Source("B", 2):
            yield a, b
    total = 0
    for x in Source("C", 3):
        while (yield ("C", x)):
            total += x
    yield total
    it = iter(Source("D", 3))
    for d in it:
        yield "D " + str(d)
        for e in it:
            yield "D inner " + str(e)

g = gen()
print("->", next(g))
for s in [0, 0, 0, 0, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0]:
    try:
        print("send", s, "->", g.send(s))
    except StopIteration:
        print("finished")
        break
