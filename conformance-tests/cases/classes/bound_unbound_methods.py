# Checks: bound methods carry __self__ and __func__, equality of bound methods, calling via the class.
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, other):
        return f"{self.name} greets {other}"
g = Greeter("Ann")
m = g.greet
print(m("Bob"), Greeter.greet(g, "Cid"), m.__self__ is g, m.__func__ is Greeter.greet)
print(g.greet == g.greet, g.greet is g.greet, Greeter("x").greet == g.greet)
fns = [g.greet, Greeter("Dee").greet]
print([f("you") for f in fns])
g.greet = lambda other: "instance attribute shadows method"
print(g.greet("x"), Greeter.greet(g, "y"))
print(type(m).__name__, type(Greeter.greet).__name__)
