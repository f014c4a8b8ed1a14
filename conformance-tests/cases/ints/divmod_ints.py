# Checks: divmod on ints including negatives and big values, and the invariant a == q*b + r.
pairs = [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 3), (10**20 + 7, 97), (-(10**20), 7)]
for a, b in pairs:
    q, r = divmod(a, b)
    print(a, b, q, r, q * b + r == a)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    5 // 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    5 % 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    5 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
