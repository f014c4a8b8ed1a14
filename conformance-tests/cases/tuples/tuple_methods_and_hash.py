# Checks: tuple count/index, hashability (as dict keys), unhashable when containing a list.
t = (1, 2, 2, 3, 2)
print(t.count(2), t.index(3), t.index(2, 2))
try:
    t.index(9)
except ValueError as e:
    print(type(e).__name__, e)
d = {(0, 0): "origin", (1, 2): "point"}
print(d[(0, 0)], d[1, 2])
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {([1],): 1}
except TypeError as e:
    print(type(e).__name__, e)
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)))
