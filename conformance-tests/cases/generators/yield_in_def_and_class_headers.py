# Checks: yield in a nested def's default argument, in a decorator expression and in class bases, evaluated by the generator.
def gen():
    def inner(x=(yield "default?")):
        return x
    print("inner default", inner())
    @(yield "decorator?")
    def decorated():
        return "orig"
    print("decorated ->", decorated())
    class C((yield "base?")):
        pass
    print("C bases", [b.__name__ for b in C.__bases__], C().hello())

class Base:
    def hello(self):
        return "hello from Base"

def deco(f):
    print("deco applied to", f.__name__)
    return lambda: "wrapped " + f()

g = gen()
print(next(g))
print(g.send(42))
print(g.send(deco))
try:
    g.send(Base)
except StopIteration:
    print("done")
