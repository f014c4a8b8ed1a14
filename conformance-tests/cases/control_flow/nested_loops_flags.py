# Checks: breaking out of nested loops with flags and with return from a function.
def find(grid, target):
    for r, row in enumerate(grid):
        for c, val in enumerate(row):
            if val == target:
                return r, c
    return None
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(find(grid, 6), find(grid, 10))
found = False
for row in grid:
    for val in row:
        if val * val > 20:
            found = True
            break
    if found:
        break
print(val, found)
for i in range(3):
    for j in range(3):
        if j > i:
            break
        print(f"({i},{j})", end="")
print()
