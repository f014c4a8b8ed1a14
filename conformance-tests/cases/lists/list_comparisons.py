# Checks: lexicographic comparison of lists, mixed element types, and TypeError for unorderable items.
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [0], [1, 2] == [1.0, 2.0])
print([[1, 2], [1]] > [[1, 2], [0, 5]], ["a", "b"] < ["a", "c"])
print(max([[1, 2], [1, 10], [0, 100]]), min([[3], [1, 5], [1]]))
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] < (1,)
except TypeError as e:
    print(type(e).__name__, e)
print([1] == (1,), [1, [2, [3]]] == [1, [2, [3]]])
