# Subclasses of builtin types: in-place operators keep the instance, immutable bases take their
# value in __new__, builtin methods see the carried value, and results of builtin operations are
# plain builtin values.

class Bag(list):
    pass


b = Bag([1, 2])
alias = b
b += [3]
b *= 2
print(b, type(b).__name__, b is alias, len(b), b[1:3], type(b[1:3]).__name__)
b.remove(2)
del b[0]
b[0] = 30
print(b, 30 in b, list(reversed(b)), sorted(b), sum(b), b.index(30), b.count(1))


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(3, 4)
x, y = p
print(p, x, y, p.x + p.y, p == (3, 4), hash(p) == hash((3, 4)), len(p), p + (5,), type(p + (5,)).__name__)
print({p: "origin-ish"}[(3, 4)], sorted([Point(2, 1), Point(1, 2)]))


class Tags(set):
    def tagged(self, name):
        return name in self


t = Tags(["a", "b"])
t.add("c")
t |= {"d"}
print(sorted(t), t.tagged("d"), type(t).__name__, isinstance(t, set), len(t & {"a", "z"}))


class Money(int):
    def __str__(self):
        return f"${int(self)}"


m = Money(5)
m2 = m + 10
print(m, m2, type(m2).__name__, m * 2, -m, abs(Money(-3)), m > 3, m == 5, [10, 20, 30, 40, 50, 60][m])
print(f"{m:>4}", "%d" % m, hex(m), range(m)[-1], divmod(m, 2), round(m), float(m), int(m))


class Name(str):
    def greet(self):
        return "hello " + self


n = Name("ada")
print(n.greet(), n.upper(), type(n.upper()).__name__, n + "!", n * 2, n[0], n in "adam", n.split("d"))
print({n: 1}["ada"], "ada" == n, sorted([Name("b"), Name("a")]), f"{n!r}", len(n))


class Registry(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.writes = 0

    def __setitem__(self, key, value):
        self.writes += 1
        super().__setitem__(key, value)


r = Registry({"a": 1}, b=2)
r["c"] = 3
r.update(d=4)
print(sorted(r.items()), r.writes, list(r), r.get("zz", "none"), dict(r) == r, len(r), vars(r))
try:
    r["missing"]
except KeyError as e:
    print("KeyError", e)

try:
    class Both(list, dict):
        pass
except TypeError as e:
    print("TypeError", e)
