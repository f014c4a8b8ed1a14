# Checks: vars() and __dict__ edits, setattr/getattr with dynamic names, and attribute names that are not identifiers.
class Bag:
    pass
b = Bag()
for i, name in enumerate(["alpha", "beta"]):
    setattr(b, name, i)
b.__dict__["gamma"] = 2
setattr(b, "not an identifier", "odd")
print(vars(b))
print(getattr(b, "not an identifier"), b.gamma, getattr(b, "delta", None))
vars(b).clear()
print(vars(b), hasattr(b, "alpha"))
