# Checks: __repr__, __str__ (falls back to __repr__), __format__ with specs used by format(), f-strings and str.format.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __format__(self, spec):
        if spec == "":
            return str(self)
        if spec == "long":
            return f"{self.cents // 100} dollars and {self.cents % 100} cents"
        return format(self.cents / 100, spec)
m = Money(12345)
print(m, str(m), repr(m), [m], f"{m}", f"{m:long}", f"{m:>10.2f}", format(m, ".1f"), "{:long}".format(m))
class Plain:
    def __str__(self):
        return "plain-str"
p = Plain()
print(f"{p}", format(p, ""), str(p))
try:
    format(p, "x")
except TypeError as e:
    print(type(e).__name__, e)
