# Checks: builtin type constructors with no args and with conversions.
print(int(), float(), str(), bool(), list(), tuple(), dict(), set(), frozenset(), bytes(), bytearray())
print(list("ab"), tuple([1]), dict([(1, 2)]), set([1, 1]), frozenset("aa"), bool([0]), str(12), bytes(2))
print(complex.__name__, object.__name__, type(slice(1)).__name__, type(range(1)).__name__)
print(int("7"), float("7"), str(7.0), list(range(2)), dict(a=1), tuple("xy"))
