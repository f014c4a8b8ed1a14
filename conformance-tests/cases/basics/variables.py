# Checks: assignment forms: chained, tuple unpacking, starred, augmented, swap.
a = b = c = 5
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
p, (q, r), s = 1, (2, 3), 4
print(p, q, r, s)
n = 10
n += 5; n -= 3; n *= 2; n //= 5; n **= 2; n %= 7
print(n)
t = "ab"
t *= 3
print(t)
[m, k] = (7, 8)
print(m, k)
a, *b, c = range(6)
print(a, b, c)
