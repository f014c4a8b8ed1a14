# Checks: slice objects, slice.indices, repr, using slice() to index, and extended slices with negative steps.
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1))
data = list(range(10))
print(data[s], "abcdefghij"[s], data[slice(None, 3)], data[slice(-3, None)])
print(s.indices(5), slice(None, None, -1).indices(10), slice(-100, 100).indices(7), slice(2, -2, 3).indices(9))
print(data[::-3], data[7:2:-1], data[-1:-4:-1], data[-20::4], data[2:2], data[5:1])
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
print(slice(1, 2) == slice(1, 2), slice(1, 2, None) == slice(1, 2))
