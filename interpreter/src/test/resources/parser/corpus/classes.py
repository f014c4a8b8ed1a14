class A:
    pass
#---
class A: pass
#---
class A(): pass
#---
class A(B): pass
#---
class A(B, C): pass
#---
class A(B,): pass
#---
class A(metaclass=M): pass
#---
class A(B, metaclass=M): pass
#---
class A(B, metaclass=M, **kw): pass
#---
class A(*bases): pass
#---
class A(*bases, **kw): pass
#---
class A(B, x=1, y=2): pass
#---
class A(B, *c, d=1, **e): pass
#---
class A(Generic[T]): pass
#---
class A(a.b.C, f(x)[0]): pass
#---
class A:
    """Docstring."""
#---
class A:
    x = 1
    y: int = 2

    def __init__(self, x):
        self.x = x

    def method(self):
        return self.x

    @staticmethod
    def static():
        pass

    @classmethod
    def cls(cls):
        return cls()

    @property
    def prop(self):
        return self._prop
#---
class Outer:
    class Inner:
        class Innermost:
            pass
#---
class A:
    def f(self): pass
    def g(self): pass
#---
class A: x = 1; y = 2
#---
class A(B):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
#---
class A:
    __slots__ = ('a', 'b')
    __private = 1
#---
class A:
    ...
#---
class A(B if c else D): pass
#---
class A(
    B,
    C,
    metaclass=M,
): pass
#---
def f():
    class Local:
        pass
    return Local
#---
class A:
    async def f(self):
        await self.g()
#---
class A:
    x = [i for i in range(3)]
    y = lambda self: self
#---
class Point:
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y

    def __repr__(self):
        return f'Point({self.x!r}, {self.y!r})'

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
#---
class A(B, (C)): pass
#---
class A(lambda: 0): pass
#---
class A((yield_)): pass
