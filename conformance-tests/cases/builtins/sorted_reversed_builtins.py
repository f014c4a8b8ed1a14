# Checks: sorted() accepts any iterable and keyword-only key/reverse; reversed() returns an iterator.
print(sorted({3: "c", 1: "a"}), sorted("cab"), sorted((2, 1)), sorted(range(3), reverse=True))
r = reversed([1, 2, 3])
print(type(r).__name__, next(r), list(r))
try:
    sorted([1], None, True)
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed(5)
except TypeError as e:
    print(type(e).__name__, e)
