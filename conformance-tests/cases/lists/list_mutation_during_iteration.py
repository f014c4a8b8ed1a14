# Checks: CPython's index-based list iteration when the list is modified during the loop.
a = [1, 2, 3, 4, 5, 6]
for x in a:
    if x % 2 == 0:
        a.remove(x)
print(a)
b = [1, 2, 3]
seen = []
for x in b:
    seen.append(x)
    if x < 3 and len(b) < 6:
        b.append(x + 10)
print(seen, b)
c = [0, 1, 2, 3]
for i, v in enumerate(c):
    c.pop()
    print(i, v)
print(c)
