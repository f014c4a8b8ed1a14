# Checks: creating classes with type(name, bases, dict), and type() of various objects.
def greet(self):
    return f"hi from {type(self).__name__}"
Dyn = type("Dyn", (object,), {"greet": greet, "x": 5})
d = Dyn()
print(Dyn, Dyn.__name__, d.greet(), d.x, Dyn.__bases__)
Sub = type("Sub", (Dyn,), {})
print(Sub().greet(), issubclass(Sub, Dyn), [c.__name__ for c in Sub.__mro__])
print(type(1), type("s"), type([]), type(None), type(type), type(len), type(greet).__name__)
try:
    type("X", (1,), {})
except TypeError as e:
    print(type(e).__name__, e)
