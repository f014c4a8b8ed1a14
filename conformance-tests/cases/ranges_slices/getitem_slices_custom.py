# Checks: __getitem__ receives slice objects and tuples for a[1:2], a[::2], a[1:2, 3], a[...], a[:, 0].
class Probe:
    def __getitem__(self, key):
        return key
p = Probe()
print(p[1], p[1:2], p[::2], p[:], p[1:2, 3], p[...], p[:, 0], p[()], p["k"], p[-1:])
class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Seq index out of range")
        return i * 10
s = Seq(6)
print(s[2], s[-1], s[1:4], s[::-2], list(s), 30 in s)
