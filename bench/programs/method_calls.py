# Method calls and attribute access on a small class.
class Counter:
    def __init__(self):
        self.count = 0

    def add(self, n):
        self.count += n
        return self


c = Counter()
for i in range(4_000_000):
    c.add(i & 3)
print(c.count)
