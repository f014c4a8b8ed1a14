a + b
#---
a - b - c
#---
a + b * c
#---
(a + b) * c
#---
a * b / c // d % e @ f
#---
a @ b @ c
#---
a ** b ** c
#---
-a ** b
#---
a ** -b
#---
-2 ** -2 ** 2
#---
(-a) ** b
#---
~a + -b - +c
#---
~-+a
#---
- - a
#---
not not a
#---
not a == b
#---
a << b >> c
#---
a & b ^ c | d
#---
a | b & c
#---
a ^ b | c ^ d
#---
a | b ^ c & d << e + f * g ** h
#---
h ** g * f + e << d & c ^ b | a
#---
a or b and c
#---
(a or b) and c
#---
a and b or c and d
#---
a or b or c
#---
a and b and c
#---
a and not b
#---
not a or b
#---
not a and not b or not c
#---
a if b else c
#---
a if b else c if d else e
#---
(a if b else c) if d else e
#---
a or b if c and d else e or f
#---
x = lambda: a if b else c
#---
(a if b else c)(d)
#---
a < b if c else d
#---
x = a + (b - (c * (d / (e // (f % g)))))
#---
x = ((((a))))
#---
x = (a)
y = (a,)
z = ()
#---
x = a.b.c.d
#---
x = a.b().c[d].e(f)(g)[h]
#---
None
True
False
...
__debug__
#---
x = 'abc'.upper()
y = "".join(z)
w = b''.hex()
v = [1][0]
u = {}.get
t = ().count
#---
x = f'{a}'.strip()
#---
x = not a in b
#---
x = -a * b
#---
x = a * -b
#---
x = a - -b
#---
x = a+-+-b
#---
x = a if not b else -c
#---
x = a is None or b is not None
#---
x = 1 + 2 * 3 ** 4 // 5 - 6 % 7
#---
x = (1, 2) + (3,) * 2
#---
x = [1, 2] * 3
#---
x = a[b] ** c
#---
x = a.b ** -c.d
#---
x = await_ + async_
#---
x = -(-(-a))
#---
x = a if b else (lambda: c)
#---
x = a < b and c > d or e == f
#---
x = a & (b | c)
#---
x = 1 / 2 / 3
#---
x = 2 ** 0.5
#---
x = a @ b.T
#---
x = 1, 2, 3
#---
x = 1,
#---
x = (1, 2), (3, 4)
#---
x = [1, 2, 3,]
y = [1, [2, [3, [4]]]]
z = []
#---
s = {1, 2, 3}
t = {1,}
u = {(1, 2)}
#---
d = {}
e = {1: 2, 3: 4}
f = {'a': 1, 'b': [2, 3], 'c': {'d': 4},}
#---
d = {a: b for a, b in c}
#---
d = {(1, 2): 'tuple key', None: 0, True: 1}
#---
x = a == b == c
#---
x = ~~a
#---
x = a if b else c or d
#---
x = lambda a: a if a else not a
#---
x = a.b.c if d.e else f.g(h)
#---
x = (yield_ := 1)
#---
print >> sys.stderr, 'x'
#---
exec = print
#---
x = a if b else lambda: c
#---
x = (a
     + b
     - c)
