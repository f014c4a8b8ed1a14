# Checks: ranges around and past the 64-bit limits: lengths, indexing, slicing, reversal, membership, equality, hashing.
big = 2 ** 64
r = range(big - 3, big + 3)
print(r, len(r), list(r)[:2], r[-1], r[2:4], big in r, big + 3 in r, r.index(big), r.count(big + 1))
print(list(reversed(r))[:3], list(reversed(range(-big, -big - 9, -4))), r[::-2])
whole = range(-2 ** 63, 2 ** 63)
print(bool(whole), whole[0], whole[-1], whole[2 ** 63], 2 ** 63 - 1 in whole, 2 ** 63 in whole)
try:
    len(whole)
except OverflowError as e:
    print(type(e).__name__, e)
print(len(range(-2 ** 62, 2 ** 62 - 1)), len(range(2 ** 63 - 1, -2 ** 63, -2 ** 62)), list(range(0, 2 ** 63 - 1, 2 ** 62)))
huge = range(0, 10 ** 30, 10 ** 29)
print(huge[3:7], huge[-3:], huge[::3], list(huge[::-4]), huge[::-1][0])
print(range(10 ** 20) == range(0, 10 ** 20, 1), hash(range(10 ** 20)) == hash(range(0, 10 ** 20)), range(big, big) == range(0))
print(range(5, big, big) == range(5, 6), list(range(5, big, big)), 5.0 in range(10), True in range(2), 10 ** 19 in range(10))
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(range(Idx(3)), range(Idx(big), Idx(big + 2)), range(10)[Idx(4)], range(10)[Idx(2):Idx(5)])
for args in [(1, 2, 0), (1.0,), ("a", 3)]:
    try:
        range(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    r[6]
except IndexError as e:
    print(type(e).__name__, e)
try:
    r.index(0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    r[::0]
except ValueError as e:
    print(type(e).__name__, e)
