# Checks: list slice reads, slice assignment (growing, shrinking, extended), slice deletion and errors.
a = list(range(10))
print(a[2:5], a[::3], a[::-1], a[-3:], a[8:2:-2], a[20:], a[:-20])
a[2:5] = ["a", "b"]
print(a)
a[:0] = [-1, -2]
print(a)
a[len(a):] = [100]
print(a)
n = len(a[::2])
a[::2] = list(range(100, 100 + n))
print(a)
b = list(range(6))
b[1::2] = [10, 30, 50]
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
del b[::3]
print(b)
b[1:3] = "xy"
print(b)
try:
    b[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
c = [1, 2, 3]
c[1:1] = c
print(c)
