# Checks: list comprehensions with conditions, nested loops, nested comprehensions, and walrus.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in "ab"])
print([[r * c for c in range(1, 4)] for r in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v != 3])
print([s.upper() if len(s) > 1 else s for s in ["a", "bc", "def"]])
print([last := i for i in range(3)], last)
