f(a=1, b)
#---
f(a=1, b, c=2)
#---
f(**k, b)
#---
f(**k, *a)
#---
f(x for x in y, 1)
#---
f(1, x for x in y)
#---
f(x for x in y, z for z in w)
#---
f(x for x in y, a=1)
#---
f(a=1, x for x in y)
#---
f(*a, x for x in y)
#---
f(a=1, a=2)
#---
f(a=1, b=2, a=3)
#---
f(a=1, *b, a=2)
#---
f(a=1, **b, a=2)
#---
f(a.b=1)
#---
f(a[0]=1)
#---
f(a.b.c=1, d=2)
#---
f(1=2)
#---
f('a'=1)
#---
f(True=1)
#---
f(None=1)
#---
f(__debug__=1)
#---
f(a b)
#---
f(a, b c)
#---
print("a" "b" c)
#---
f(**)
#---
f(*)
#---
f(a,,b)
#---
f(,)
#---
f(,a)
#---
f(a=)
#---
f(=1)
#---
f(x=1=2)
#---
f(*a=1)
#---
f(**a=1)
#---
f(a for a in b for)
#---
f(x=1, y=(2)
#---
f(a)(b=1, b=2)
#---
f(a=1)(b, c=2, d)
#---
f(a := 1 = 2)
#---
f(a + b=1)
#---
f(f()=1)
#---
f(lambda: 0=1)
#---
f(x, *y, z=1, w)
#---
f(**a, *b, **c)
#---
f(a, **b, c)
#---
obj.method(x=1, y)
#---
f(x for x in y)(a=1, a=2)
#---
f(a, b for b in c, d)
#---
class C(x=1, x=2): pass
#---
class C(**k, a): pass
#---
@f(a=1, a=2)
def g(): pass
#---
f(x)(y z)
