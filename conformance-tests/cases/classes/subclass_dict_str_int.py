# Checks: subclassing dict, str and int: overridden methods, preserved builtin behaviour, __new__ for immutables.
class LowerDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.lower())
d = LowerDict()
d["Key"] = 1
print(d, d["KEY"], "key" in d, d.get("KEY"), type(d).__name__)
class Shout(str):
    def shout(self):
        return self.upper() + "!"
s = Shout("hi there")
print(s, s.shout(), s.title(), type(s.title()).__name__, s == "hi there", len(s), repr(s))
class Even(int):
    def __new__(cls, v):
        return super().__new__(cls, v - v % 2)
    def __repr__(self):
        return f"Even({int(self)})"
e = Even(7)
print(e, e + 1, type(e + 1).__name__, e * 2, isinstance(e, int), [Even(3), Even(10)])
class Celsius(float):
    def __str__(self):
        return f"{float(self):.1f}C"
print(Celsius(21.456), Celsius(3) + 1, repr(Celsius(2.5)))
