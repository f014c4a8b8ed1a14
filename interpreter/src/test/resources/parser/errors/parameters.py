def f(a=1, b):
    pass
#---
def f(a, b=1, c):
    pass
#---
def f(a: int = 1, b: int):
    pass
#---
def f(a=1, /, b):
    pass
#---
lambda a=1, b: 0
#---
def f(a, a):
    pass
#---
def f(a, *, b, a):
    pass
#---
def f(a, /, a):
    pass
#---
def f(a, *a):
    pass
#---
def f(a, **a):
    pass
#---
lambda a, a: 0
#---
def f(*):
    pass
#---
def f(*,):
    pass
#---
def f(*, **k):
    pass
#---
lambda *: 0
#---
lambda *, **k: 0
#---
def f(/, a):
    pass
#---
def f(/):
    pass
#---
lambda /: 0
#---
def f(a, /, b, /):
    pass
#---
def f(*, a, /):
    pass
#---
def f(*a, /):
    pass
#---
lambda *, a, /: 0
#---
def f(a, *b, *c):
    pass
#---
def f(*a, *, b):
    pass
#---
def f(*, *a):
    pass
#---
def f(**k, a):
    pass
#---
def f(**k, *a):
    pass
#---
def f(**k, **j):
    pass
#---
lambda **k, a: 0
#---
def f(**k=1):
    pass
#---
def f(*a=1):
    pass
#---
lambda *a=1: 0
#---
lambda **k=1: 0
#---
def f(a,, b):
    pass
#---
def f(a b):
    pass
#---
def f(1):
    pass
#---
def f(a.b):
    pass
#---
def f(a[0]):
    pass
#---
def f((a, b)):
    pass
#---
lambda (a): 0
#---
def f(**kwargs: *Ts):
    pass
#---
def f(a: *Ts):
    pass
#---
def f(*, a=1, **k, b):
    pass
#---
def f(None):
    pass
#---
def f(True=1):
    pass
#---
def f(__debug__):
    pass
#---
lambda __debug__: 0
#---
def f(*, __debug__=1):
    pass
#---
def f(a=):
    pass
#---
def f(a:):
    pass
#---
def f(a) -> :
    pass
#---
def f(a, b, a, b):
    pass
#---
def f(self, *args, self=None):
    pass
#---
class C(a=1, a=2):
    pass
#---
def f(a, /, *, b, /):
    pass
#---
def f(,):
    pass
#---
def f(a,,):
    pass
