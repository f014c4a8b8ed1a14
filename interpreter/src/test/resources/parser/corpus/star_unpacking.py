a, *b = c
#---
*a, b = c
#---
a, *b, c = d
#---
*a, = b
#---
[*a] = b
#---
[a, *b] = c
#---
(a, *b), c = d
#---
x = [*a, *b]
#---
x = [*a, 1, *b, 2]
#---
x = (*a, *b)
#---
x = (*a,)
#---
x = *a,
#---
x = *a, *b
#---
x = {*a, *b}
#---
x = {*a, 1}
#---
x = {**a, **b}
#---
x = {**a, 'k': 1, **b}
#---
x = {'k': 1, **a}
#---
x = {**a}
#---
print(*a, *b)
#---
f(**a, **b)
#---
for *a, b in c:
    pass
#---
for a, *b in c:
    pass
#---
def f():
    return *a, b
#---
def f():
    yield *a, b
#---
x = [*range(3)]
#---
x = [*a.b, *c[0], *f()]
#---
x = [*(a or b)]
#---
x = {**(a or b)}
#---
first, *rest = items
#---
*init, last = items
#---
head, *middle, tail = items
#---
(a, b), *c = d
#---
a, *(b, c) = d
#---
a, *[b, c] = d
#---
x = a[*b]
#---
x = a[*b, 1:2]
#---
x = {**{'a': 1}}
#---
print(*[1, 2], *(3, 4), *{5})
#---
x = [*a], [*b]
#---
x = [*[*[*a]]]
#---
a, *b = *c, d
