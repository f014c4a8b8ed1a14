# Checks: zero-argument super() through a diamond (cooperative __init__), super in classmethods, explicit two-arg super.
class Base:
    def __init__(self):
        print("Base.__init__")
        self.trail = ["Base"]
    def hello(self):
        return "Base"
class A(Base):
    def __init__(self):
        print("A.__init__")
        super().__init__()
        self.trail.append("A")
    def hello(self):
        return "A>" + super().hello()
class B(Base):
    def __init__(self):
        print("B.__init__")
        super().__init__()
        self.trail.append("B")
    def hello(self):
        return "B>" + super().hello()
class C(A, B):
    def __init__(self):
        print("C.__init__")
        super().__init__()
        self.trail.append("C")
    def hello(self):
        return "C>" + super().hello()
c = C()
print(c.trail, c.hello())
print(super(A, c).hello(), super(C, c).hello())
class P:
    @classmethod
    def make(cls):
        return f"P.make for {cls.__name__}"
class Q(P):
    @classmethod
    def make(cls):
        return "Q+" + super().make()
print(Q.make(), Q().make())
