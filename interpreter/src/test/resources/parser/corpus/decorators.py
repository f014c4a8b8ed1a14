@a
def f(): pass
#---
@a.b
def f(): pass
#---
@a.b.c
def f(): pass
#---
@a()
def f(): pass
#---
@a(b)
def f(): pass
#---
@a.b(c)
def f(): pass
#---
@a.b[1](c)
def f(): pass
#---
@a[0]
def f(): pass
#---
@(lambda f: f)
def f(): pass
#---
@a if b else c
def f(): pass
#---
@a or b
def f(): pass
#---
@x := y
def f(): pass
#---
@(x := y)
def f(): pass
#---
@a
@b
@c
def f(): pass
#---
@a
class C: pass
#---
@a(b)
@c.d
class C(E): pass
#---
@a
async def f(): pass
#---
@ a
def f(): pass
#---
@a(*args, **kwargs)
def f(): pass
#---
@a(b=1)(c)(d)
def f(): pass
#---
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
#---
class C:
    @property
    def x(self):
        return self._x

    @x.setter
    def x(self, value):
        self._x = value
#---
@a  # comment
def f(): pass
#---
@a

def f(): pass
#---
@a
# comment between
@b
def f(): pass
#---
@decorators[0].attr(1)[2]
def f(): pass
#---
@a + b
def f(): pass
#---
@not a
def f(): pass
#---
@-a
def f(): pass
#---
@a(x for x in y)
def f(): pass
#---
@[a, b][0]
def f(): pass
#---
@a
@b(c)
async def f():
    await d
