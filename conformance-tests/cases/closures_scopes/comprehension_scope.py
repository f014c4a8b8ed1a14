# Checks: comprehension variables do not leak; walrus in comprehension binds in the enclosing scope.
x = "outer"
squares = [x * 2 for x in range(3)]
print(x, squares)
print({k: v for k, v in [("a", 1)]}, "k" in dir())
total = 0
vals = [total := total + n for n in range(5)]
print(vals, total)
def f():
    items = [y for y in "abc"]
    return "y" in locals(), items
print(f())
matrix = [[i * j for j in range(3)] for i in range(3)]
print(matrix)
funcs = [lambda: n for n in range(3)]
print([fn() for fn in funcs])
