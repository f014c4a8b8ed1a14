# Operators with an int literal on the right (n - 1, i + 1, n < 2, x == 0) for every kind of
# left operand: small and huge ints at the 64-bit edges, floats, bools, strings, and objects.
big = 9223372036854775807
small = -9223372036854775808
print(big + 1, small - 1, big - 1, small + 1, (big + 1) - 1, -big - 2 + 1)
print(2.5 + 1, 2.5 - 1, True + 1, False - 1, 10 ** 30 + 1, -(10 ** 30) - 1)
for x in [0, 1, 2, -1, 2.0, 1.5, float("nan"), True, big, big + 1, small - 1]:
    print(repr(x), x < 2, x <= 2, x > 2, x >= 2, x == 2, x != 2, x == 0)
for bad in ["1", None, [1]]:
    try:
        bad + 1
    except TypeError as e:
        print("TypeError:", e)
    try:
        bad < 2
    except TypeError as e:
        print("TypeError:", e)
    print(bad == 0, bad != 0)


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Num(self.v + other)

    def __sub__(self, other):
        return Num(self.v - other)

    def __rsub__(self, other):
        return Num(other - self.v)

    def __lt__(self, other):
        return "lt-%s" % other

    def __eq__(self, other):
        return self.v == other

    def __repr__(self):
        return "Num(%r)" % self.v


n = Num(5)
print(n + 1, n - 2, 1 - n, n < 2, n == 5, n != 5, n == 0)


def countdown(k):
    total = 0
    while k > 0:
        total += k
        k -= 1
    return total


def fib(k):
    return k if k < 2 else fib(k - 1) + fib(k - 2)


print(countdown(100), fib(20), [i + 1 for i in range(3)], [i for i in range(10) if i % 3 == 0])
