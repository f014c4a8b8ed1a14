def g():
    yield
#---
def g():
    yield 1
#---
def g():
    yield 1, 2
#---
def g():
    yield *a, b
#---
def g():
    yield a, *b
#---
def g():
    yield from x
#---
def g():
    yield from (x for x in y)
#---
def g():
    x = yield
#---
def g():
    x = yield 1
#---
def g():
    x = yield from y
#---
def g():
    x = y = yield z
#---
def g():
    print((yield))
#---
def g():
    f((yield))
#---
def g():
    f((yield x))
#---
def g():
    f(x=(yield))
#---
def g():
    return (yield)
#---
def g():
    (yield)
#---
def g():
    [(yield)]
#---
def g():
    z = (yield) + 1
#---
def g():
    x = (yield from y) * 2
#---
def g():
    yield lambda: 0
#---
def g():
    yield a if b else c
#---
def g():
    yield not a
#---
f = lambda: (yield)
#---
f = lambda: (yield from x)
#---
def g():
    yield
    return 1
#---
def g():
    a, b = yield
#---
def g():
    x += yield
#---
def g():
    x: int = yield
#---
def g():
    with (yield x) as y:
        pass
#---
def g():
    for x in (yield):
        pass
#---
def g():
    if (yield):
        pass
#---
def g():
    while (yield x):
        pass
#---
def g():
    yield (yield)
#---
def g():
    yield from (yield)
#---
def g():
    x = yield (yield)
#---
def g():
    yield; yield
#---
def g(): yield
#---
class C:
    def g(self):
        yield self
#---
def g():
    value = yield from sub()
    return value
#---
def g():
    yield {'a': 1}
#---
def g():
    yield [x for x in y]
#---
def g():
    x = [(yield)]
