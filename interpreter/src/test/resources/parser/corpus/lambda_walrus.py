lambda: 0
#---
f = lambda x: x
#---
f = lambda x, y: x + y
#---
f = lambda x, y=1: x
#---
f = lambda *a: a
#---
f = lambda **k: k
#---
f = lambda *a, **k: (a, k)
#---
f = lambda x, /, y, *, z: 0
#---
f = lambda x, /: x
#---
f = lambda x=1, /: x
#---
f = lambda x, y=2, /, z=3, *, w=4: 0
#---
f = lambda *, x: x
#---
f = lambda *, x=1, y: x
#---
f = lambda *a, b=1, **c: 0
#---
f = lambda a, b=1, *c, d, e=2, **f: 0
#---
f = lambda x,: x
#---
f = lambda *a,: a
#---
f = lambda **k,: k
#---
f = lambda x: lambda y: x + y
#---
f = lambda: (yield)
#---
f = lambda: (yield x)
#---
f = lambda: (x := 1)
#---
f = lambda x=lambda: 0: x
#---
f = lambda: lambda: lambda: 0
#---
f = (lambda: 0)()
#---
f = lambda x: (x, x)
#---
f = lambda: a, b
#---
f = lambda x: x if x else -x
#---
f = lambda self: self.x
#---
(x := 1)
#---
x = (y := 1)
#---
if (n := len(a)) > 10:
    pass
#---
if x := f():
    pass
#---
while (line := read()):
    process(line)
#---
while chunk := read(8):
    pass
#---
if a:
    pass
elif b := g():
    pass
#---
print(x := 1)
#---
f(x := 1, y := 2)
#---
[x := 1, 2]
#---
{y := 1, 2}
#---
{(x := 1): (y := 2)}
#---
assert (x := 1)
#---
x = [y := 0, y + 1]
#---
foo(x := 3, cat='vector')
#---
a[b := 1]
#---
return_ = (x := 1) + (y := 2)
#---
def f():
    return (x := 1)
#---
def f():
    yield (x := 1)
#---
with (x := f()) as y:
    pass
#---
with (x := f()):
    pass
#---
for x in (y := [1, 2]):
    pass
#---
x = (y := (z := 3))
#---
if any((w := v) > 0 for v in values):
    print(w)
#---
def f(x=(y := 1)):
    pass
#---
x = lambda: (y := 1)
#---
(x := lambda: 1)
#---
x = (y := a if b else c)
#---
x = not (y := 1)
#---
x = (y := 1) < 2
