# Checks: methods reference other methods via self/class name, not bare names; class name visible at call time.
class Calc:
    factor = 3
    def triple(self, v):
        return v * self.factor
    def twice_triple(self, v):
        return self.triple(self.triple(v))
    def by_class(self, v):
        return Calc.factor * v
    def bare(self):
        return triple(1)
c = Calc()
print(c.twice_triple(2), c.by_class(5))
try:
    c.bare()
except NameError as e:
    print(type(e).__name__, e)
