x = (1, 2
#---
x = [1, 2
#---
x = {1: 2
#---
x = (1,
     2,
y = 3
#---
x = 1)
#---
x = 1]
#---
x = 1}
#---
x = (1]
#---
x = [1)
#---
x = {1)
#---
x = (1}
#---
x = (1,
     2]
#---
x = [(1, 2]]
#---
x = a b
#---
x = [a b]
#---
x = (a b c)
#---
x = [1, 2 3]
#---
x = {1 2}
#---
x = {'a': 1 'b': 2}
#---
x = not
#---
x = a if b else
#---
x = a if b
#---
x = lambda:
#---
x = **a
#---
x = *a
#---
x = (*a)
#---
print(*)
#---
x = [i for i in]
#---
x = [x, y for x, y in z]
#---
x = [*a for a in b]
#---
x = {**a for a in b}
#---
x = {a: *b}
#---
x = {**a: 1}
#---
x = {a:}
#---
x = {a: 1, b}
#---
x = {a: 1, b: 2, c}
#---
x = a.
#---
x = a.1
#---
x = a[]
#---
x = a[1:2:3:4]
#---
x = 1 ++
#---
x = -
#---
x = a is not
#---
x = a not b
#---
x = a < < b
#---
x = 1 if 2 else 3 else 4
#---
a := 1
#---
x = a := 1
#---
(a.b := 1)
#---
(a[0] := 1)
#---
((a, b) := 1)
#---
x = (yield := 1)
#---
f(a.b := 1)
#---
[i := 0 for i in range(3)]
#---
[x for x in (y := [1])]
#---
class C:
    [(y := x) for x in range(3)]
#---
[[(j := j) for i in range(5)] for j in range(5)]
#---
x = a and
#---
x = a or or b
#---
x = (a, b) c
#---
x = 'a' b
#---
x = a if b else c if
#---
x = {1: 2, **}
#---
x = [1,, 2]
#---
x = (,)
#---
x = a[1,,2]
#---
x = a.b.
#---
x = 1 +* 2
#---
x = await
#---
x = a ? b : c
#---
x = a && b
#---
x = a || b
#---
x = !a
#---
x = a++
#---
x = a ** ** b
#---
x = [a for a in b if c else d]
#---
x = (a for a in b), c for c in d
#---
x = lambda: yield
#---
x = lambda x, x: 0
#---
x = {a: b for a, b in c if}
