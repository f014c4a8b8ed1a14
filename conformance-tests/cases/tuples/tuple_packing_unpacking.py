# Checks: packing and unpacking tuples, returning multiple values, nested unpacking and swapping.
def min_max(values):
    return min(values), max(values)
lo, hi = min_max([3, 9, 1])
print(lo, hi, min_max([5]))
a, (b, c), *d = 1, (2, 3), 4, 5
print(a, b, c, d)
x = y = 0
x, y = y + 1, x + 2
print(x, y)
pairs = [(1, "one"), (2, "two")]
for num, name in pairs:
    print(num, name)
print(*(1, 2), *(3,))
