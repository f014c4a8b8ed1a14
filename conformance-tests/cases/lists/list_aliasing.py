# Checks: aliasing vs copying of lists, shallow copies, the [[]] * n trap, and identity comparisons.
a = [1, 2, 3]
b = a
b.append(4)
print(a, a is b)
c = a[:]
c.append(5)
print(a, c, a is c, a == c[:4])
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(2)]
grid2[0][0] = 1
print(grid2)
outer = [[1, 2], [3]]
shallow = list(outer)
shallow[0].append(99)
shallow[1] = ["new"]
print(outer, shallow)
def add(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(add(1), add(2))
def bad_add(item, target=[]):
    target.append(item)
    return target
print(bad_add(1), bad_add(2))
