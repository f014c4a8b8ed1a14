def f():
    pass
#---
def f(): pass
#---
def f(): return 1
#---
def f(a):
    return a
#---
def f(a, b, c):
    pass
#---
def f(a,):
    pass
#---
def f(a=1):
    pass
#---
def f(a, b=1, c=2):
    pass
#---
def f(a, /):
    pass
#---
def f(a, b, /):
    pass
#---
def f(a, /, b):
    pass
#---
def f(a, /, b, *, c):
    pass
#---
def f(a=1, /):
    pass
#---
def f(a, b=1, /, c=2):
    pass
#---
def f(a, /,):
    pass
#---
def f(a=1, /, b=2, *, c, d=3, **e):
    pass
#---
def f(*, a):
    pass
#---
def f(*, a=1, b):
    pass
#---
def f(*, a,):
    pass
#---
def f(*args):
    pass
#---
def f(*args,):
    pass
#---
def f(**kwargs):
    pass
#---
def f(**kwargs,):
    pass
#---
def f(*args, **kwargs):
    pass
#---
def f(a, *args, b=1, **kwargs):
    pass
#---
def f(a, b=1, *c, d, e=2, **f):
    pass
#---
def f(a, /, b, *c, d, **e):
    pass
#---
def f(a: int):
    pass
#---
def f(a: int = 1):
    pass
#---
def f() -> None:
    pass
#---
def f(a: int, b: str = 'x', *args: int, c: bool, d: float = 1.0, **kw: object) -> dict:
    pass
#---
def f(a: int, /, b: int = 2, *, c: int = 3) -> int:
    return a + b + c
#---
def f(*args: *Ts):
    pass
#---
def f(*args: *tuple[int, ...]):
    pass
#---
def f(a, *args: *Ts, b: int = 1):
    pass
#---
def f(*args: int):
    pass
#---
def f() -> 'Forward':
    pass
#---
def f() -> list[int]:
    pass
#---
def f() -> a if b else c:
    pass
#---
def f(a: 'A', b: lambda: 0 = None) -> lambda x: x:
    pass
#---
def f(a=lambda: 0, b=lambda x, *y, **z: 0):
    pass
#---
def f(a=[], b={}, c=(), d=None, e=-1, f=not 0):
    pass
#---
def f(a=b if c else d, *, e=(yield_)):
    pass
#---
def f(
    a,
    b=1,
    *args,
    c,
    d=2,
    **kwargs,
):
    pass
#---
def f(
    a: int,
    /,
    b: str,
):
    pass
#---
def outer():
    def inner():
        def innermost():
            return 1
        return innermost
    return inner
#---
def f():
    """Docstring."""
#---
def f():
    """Docstring."""
    return None
#---
def f():
    ...
#---
def f(): ...
#---
def f(a, b): return a + b
#---
def f(): x = 1; return x
#---
def _private(__mangled, _single):
    pass
#---
def f(self, *, key=None, reverse=False):
    pass
#---
def f(a, *, b):
    def g(c, /, d):
        return c + d
    return g(a, d=b)
#---
def f(a=1, *args, b, **kw): pass
#---
def f(a, b=(1, 2), c=[3, 4], d={'k': 'v'}):
    pass
#---
def f(*, a: int, b: str = '') -> None: pass
#---
def f(a: int=1, *, b: int=2):
    pass
#---
def f(*args: *Ts, **kwargs: int) -> tuple[*Ts]:
    pass
#---
def f(a=1, *, b, c=1, d, e=1, f):
    pass
