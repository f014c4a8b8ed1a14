a < b
#---
a <= b
#---
a > b
#---
a >= b
#---
a == b
#---
a != b
#---
a is b
#---
a is not b
#---
a in b
#---
a not in b
#---
a < b < c
#---
a < b <= c > d >= e == f != g is h is not i in j not in k
#---
0 <= x < 10
#---
not a < b
#---
(a < b) < c
#---
a < (b < c)
#---
a == -b
#---
a < b and b < c
#---
x = a is not None and b not in c
#---
x = a < b | c
#---
x = a | b < c & d
#---
x = a + b == c - d
#---
x = (a, b) < (c, d)
#---
x = a in b in c
#---
x = a is b is c
#---
x = not a is b
#---
x = a not in (b, c)
#---
if x is not None and y not in z:
    pass
#---
x = a == b if c != d else e <= f
#---
x = [a < b for a, b in c if a is not b]
#---
x = a<b
y = a!=b
z = a>=b
#---
x = lambda a, b: a < b
#---
x = 1 < 2 < 3 < 4 < 5 < 6
