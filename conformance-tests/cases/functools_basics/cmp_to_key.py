# Checks: functools.cmp_to_key: sorting with an old-style comparison function, the key objects' comparisons and obj attribute, unhashable keys, comparing with a non-key, the call errors
from functools import cmp_to_key

def numeric(a, b):
    return a - b

def by_length_then_reverse(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)

print(sorted([5, 2, 9, 1], key=cmp_to_key(numeric)))
print(sorted([5, 2, 9, 1], key=cmp_to_key(numeric), reverse=True))
print(sorted(["bb", "a", "ccc", "aa", "c"], key=cmp_to_key(by_length_then_reverse)))
print(min([4, 8, 3], key=cmp_to_key(numeric)), max([4, 8, 3], key=cmp_to_key(numeric)))

K = cmp_to_key(numeric)
a, b = K(1), K(2)
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(K(3) == K(3), K(3).obj)
print(type(a).__name__, callable(K))

try:
    hash(a)
except TypeError as e:
    print(type(e).__name__, e)

try:
    a < 5
except TypeError as e:
    print(type(e).__name__, e)

try:
    K()
except TypeError as e:
    print(type(e).__name__, e)

try:
    cmp_to_key()
except TypeError as e:
    print(type(e).__name__, e)

print(K(obj=7).obj)
print(cmp_to_key(mycmp=numeric)(1) < cmp_to_key(numeric)(0))

# The comparison function's exceptions propagate.
def failing(a, b):
    raise ValueError(f"cannot compare {a} and {b}")
try:
    sorted([1, 2], key=cmp_to_key(failing))
except ValueError as e:
    print(type(e).__name__, e)

# Results that are not ints: compared with 0.
print(sorted([3.5, 1.25, 2.0], key=cmp_to_key(lambda x, y: x - y)))

# Stable sort with equal keys.
words = ["pear", "fig", "apple", "kiwi", "plum"]
print(sorted(words, key=cmp_to_key(lambda x, y: len(x) - len(y))))
