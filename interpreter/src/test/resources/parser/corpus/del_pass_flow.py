del x
#---
del x, y
#---
del x,
#---
del x[0]
#---
del x.y
#---
del (x)
#---
del (x, y)
#---
del [x, y]
#---
del (x), [y]
#---
del x[0], y.z, w
#---
del x[1:2], x[::2]
#---
del a.b.c[d]
#---
del ((a, b), [c, d])
#---
del f().x
#---
del ()
#---
del []
#---
pass
#---
pass; pass
#---
for x in y:
    break
#---
for x in y:
    continue
#---
while True:
    if x:
        break
    else:
        continue
#---
def f():
    return
#---
def f():
    return x
#---
def f():
    return x, y
#---
def f():
    return *a, b
#---
def f():
    return a, *b, c
#---
def f():
    return (x)
#---
def f():
    return lambda: 0
#---
def f():
    return a if b else c
#---
def f():
    return not x
#---
raise
#---
raise X
#---
raise X()
#---
raise X('message')
#---
raise X from Y
#---
raise X from None
#---
raise X(a) from Y(b)
#---
raise a.b.c
#---
raise X if a else Y
#---
try:
    pass
except E:
    raise
#---
assert x
#---
assert x, 'message'
#---
assert x == y, f'{x} != {y}'
#---
assert isinstance(x, int), (x, type(x))
#---
assert (x, y)
#---
assert not x
#---
assert x, y if z else w
#---
for x in y:
    try:
        continue
    finally:
        break
#---
while a:
    for b in c:
        if b:
            break
    else:
        continue
    break
#---
def f():
    for x in y:
        try:
            return x
        finally:
            continue
