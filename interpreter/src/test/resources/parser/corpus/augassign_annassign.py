x += 1
#---
x -= 1
#---
x *= 2
#---
x @= m
#---
x /= 2
#---
x //= 2
#---
x %= 3
#---
x **= 2
#---
x >>= 1
#---
x <<= 1
#---
x &= mask
#---
x ^= mask
#---
x |= flag
#---
a.b += 1
#---
a[0] -= 1
#---
a.b[c].d *= 2
#---
a[1:2] += [3]
#---
f().x += 1
#---
x += 1, 2
#---
x += *a, b
#---
x += yield_
#---
def f():
    x += yield
#---
def f():
    x += yield 1
#---
def f():
    x -= yield from g()
#---
(x) += 1
#---
x += a if b else c
#---
x += lambda: 0
#---
x: int
#---
x: int = 1
#---
(x): int = 1
#---
((x)): int
#---
a.b: int
#---
a.b: int = 1
#---
a[0]: int
#---
a[0]: int = 1
#---
(a.b): int = 1
#---
x: list[int] = []
#---
x: dict[str, list[int]] = {}
#---
x: 'str' = 'forward'
#---
x: tuple = 1, 2
#---
x: tuple = *a, b
#---
def f():
    x: int = yield
#---
def f():
    x: int = yield 1
#---
x: int | None = None
#---
x: Callable[[int, str], bool]
#---
x: Optional[List[Dict[str, int]]] = None
#---
x: lambda: 0 = 1
#---
x: a if b else c = d
#---
def f():
    x: int
    y: str = 'a'
    return y
#---
class C:
    x: int
    y: str = 'default'
    z: ClassVar[int] = 0
#---
x: (yield_) = 1
#---
x: int = (y := 1)
#---
x: f(a)[b] = c
#---
a.b.c: int
#---
x: 1 = 2
