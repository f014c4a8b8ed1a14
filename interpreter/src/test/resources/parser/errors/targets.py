1 = x
#---
f() = 1
#---
a + b = 1
#---
'abc' = 1
#---
f'{x}' = 1
#---
... = 1
#---
None = 1
#---
True = 1
#---
False = 1
#---
__debug__ = 1
#---
x.__debug__ = 1
#---
(a, __debug__) = 1, 2
#---
lambda: 1 = 1
#---
a if b else c = 1
#---
not a = 1
#---
-a = 1
#---
a < b = 1
#---
a and b = 1
#---
(a := 1) = 2
#---
[x for x in y] = 1
#---
{x for x in y} = 1
#---
{k: v for k, v in y} = 1
#---
(x for x in y) = 1
#---
{a: b} = 1
#---
{a} = 1
#---
async def f():
    await x = 1
#---
def f():
    (yield) = 1
#---
def f():
    x = yield = 1
#---
x = 1 = y
#---
a, f() = 1, 2
#---
(a, 1) = x
#---
[a, b + c] = x
#---
a.b, (c, d()) = x
#---
*a = 1
#---
a, *b, *c = d
#---
[*a, *b] = c
#---
*a, *b = c
#---
(*a) = 1
#---
del 1
#---
del f()
#---
del a + b
#---
del (a, 1)
#---
del *a
#---
del [a, (b, f())]
#---
del None
#---
del x if y else z
#---
(a, b) += 1
#---
a, b += 1
#---
[a, b] += 1
#---
f() += 1
#---
1 += 1
#---
a + b += 1
#---
*a += 1
#---
None += 1
#---
a, b: int
#---
[a, b]: int
#---
(a, b): int = 1
#---
1: int
#---
f(): int
#---
*a: int
#---
for 1 in x:
    pass
#---
for f() in x:
    pass
#---
for a, b + c in x:
    pass
#---
with a as 1:
    pass
#---
with a as f():
    pass
#---
with a as (b, 1):
    pass
#---
[x for 1 in y]
#---
[x for f() in y]
#---
{x: y for a + b in c}
#---
import a as b.c
#---
for None in x:
    pass
#---
with a as None:
    pass
#---
[x for None in y]
#---
x: int = 1 = 2
#---
f(a=1) = 2
#---
a[0] + 1 = 2
#---
a.b() = 1
#---
(1, 2) = x
#---
__debug__: int
#---
for __debug__ in x:
    pass
#---
def __debug__(): pass
#---
class __debug__: pass
#---
import __debug__
#---
from m import x as __debug__
