# Checks: range with 1, 2, 3 args, negative steps, len, indexing, slicing, repr, membership, equality.
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1], list(r[::-1]))
print(range(5), range(0, 5), range(5, 0, -1), list(range(5, 0, -2)), list(range(0)), list(range(3, 1)))
print(11 in r, 12 in r, 5.0 in range(10), r.index(11), r.count(8), r.start, r.stop, r.step)
print(range(0) == range(5, 5), range(1, 10, 2) == range(1, 11, 2), range(3) == [0, 1, 2])
print(len(range(-5, 5)), len(range(10, -10, -3)), range(10)[-3:], range(10**20)[10**19])
try:
    range(1, 10, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(10)[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    r.index(4)
except ValueError as e:
    print(type(e).__name__, e)
