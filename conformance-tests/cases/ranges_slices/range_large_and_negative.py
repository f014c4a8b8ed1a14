# Checks: ranges with huge bounds (lazy), len() overflow past sys.maxsize, negative steps and containment of big ints.
big = range(0, 10 ** 30, 7)
print(big[-1], big[10 ** 25], 7 * 10 ** 20 in big, 7 * 10 ** 20 + 1 in big, big.index(7 * 10 ** 20))
try:
    len(big)
except OverflowError as e:
    print(type(e).__name__, e)
print(len(range(0, 2 ** 62, 3)), big[::-1][0] == big[-1], big == range(0, 10 ** 30 - 1, 7))
r = range(-10, -30, -4)
print(list(r), len(r), r[2], -22 in r, -21 in r)
print(list(reversed(range(3))))
print(range(5)[1:100:2], range(10)[::-1][2])
