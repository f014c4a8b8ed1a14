# Checks: isinstance/issubclass with single classes and tuples (nested), bool/int, object, and TypeError for bad args.
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, (C, (int, B))), isinstance(b, ()))
print(issubclass(B, A), issubclass(B, (C, int)), issubclass(A, B), issubclass(A, A), issubclass(bool, (int,)))
print(isinstance(1, object), isinstance(None, object), isinstance(int, object), isinstance(type, type))
print(issubclass(int, object), issubclass(type, object), isinstance(True, int), isinstance(1, bool))
try:
    isinstance(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(b, A)
except TypeError as e:
    print(type(e).__name__, e)
print(type(b) is B, type(b) == A, [c.__name__ for c in A.__subclasses__()])
