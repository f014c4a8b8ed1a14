with a:
    pass
#---
with a as b:
    pass
#---
with a as (b, c):
    pass
#---
with a as [b, c]:
    pass
#---
with a as b.c:
    pass
#---
with a as b[0]:
    pass
#---
with a, b:
    pass
#---
with a as b, c as d:
    pass
#---
with a as b, c, d as e:
    pass
#---
with (a as b, c as d):
    pass
#---
with (a as b, c as d,):
    pass
#---
with (a, b):
    pass
#---
with (a, b,):
    pass
#---
with (a):
    pass
#---
with (a) as b:
    pass
#---
with (a, b) as c:
    pass
#---
with (a as b):
    pass
#---
with (
    open(x) as f,
    open(y) as g,
):
    pass
#---
with a as b, (c) as d:
    pass
#---
with (a), (b):
    pass
#---
def f():
    with (yield x) as y:
        pass
#---
def f():
    with (yield):
        pass
#---
with a: pass
#---
with a as b: c; d
#---
with open('f') as f, \
     open('g') as g:
    pass
#---
with a() as b, c() as (d, e):
    pass
#---
with a if b else c as d:
    pass
#---
with lambda: 0 as f:
    pass
#---
with a.b(c)[d] as e.f:
    pass
#---
with a:
    with b:
        with c:
            pass
#---
with (a, b) as (c, d):
    pass
#---
with ((a, b)):
    pass
#---
with (a, b), c:
    pass
#---
with (a as b, c):
    pass
#---
with (x := f()) as y:
    pass
#---
with a as b, \
     c:
    pass
#---
with (yield_):
    pass
