# Checks: C3 method resolution order for diamonds and more complex hierarchies; inconsistent MRO error.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([c.__name__ for c in Z.__mro__])
print([c.__name__ for c in Z.mro()])
class Base:
    def who(self): return "Base"
class Left(Base):
    def who(self): return "Left"
class Right(Base):
    def who(self): return "Right"
class Child(Left, Right): pass
print(Child().who(), [c.__name__ for c in Child.__mro__])
try:
    class Bad(A, K1): pass
except TypeError as e:
    print(type(e).__name__, e)
print(Child.__bases__, Base.__bases__, object.__bases__)
