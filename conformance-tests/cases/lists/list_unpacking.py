# Checks: unpacking lists in assignments, for-loops, star expressions in displays and errors for wrong counts.
a, b, c = [1, 2, 3]
print(a, b, c)
for x, (y, z) in [(1, (2, 3)), (4, (5, 6))]:
    print(x, y, z)
print([*range(3), *"ab", 9], [*[], *[1]])
head, *tail = [1]
print(head, tail)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
