# Checks: list creation, indexing, negative indexing, len, concatenation, repetition, membership.
a = [1, 2, 3]
b = list("xyz")
print(a, b, len(a), a[0], a[-1], a + b, a * 2, [0] * 3, [] * 5)
print(2 in a, 5 not in a, a == [1, 2, 3], a != b, [] == [], list() == [])
print(list(range(5)), list((1, 2)), list({"k": 1, "j": 2}), list())
nested = [[1, 2], [3, [4, 5]]]
print(nested[1][1][0], len(nested))
try:
    a[3]
except IndexError as e:
    print(type(e).__name__, e)
try:
    a[-4] = 0
except IndexError as e:
    print(type(e).__name__, e)
try:
    a["0"]
except TypeError as e:
    print(type(e).__name__, e)
