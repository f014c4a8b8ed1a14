# Checks: __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__, __reversed__, __missing__-free mapping.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, key):
        r, c = key
        if not (0 <= r < self.h and 0 <= c < self.w):
            raise IndexError(f"cell {key} out of range")
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        print("set", key, value)
        self.cells[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.cells[key]
    def __contains__(self, value):
        return value in self.cells.values()
    def __iter__(self):
        return iter([[self[r, c] for c in range(self.w)] for r in range(self.h)])
    def __reversed__(self):
        return iter(["reversed", "rows"])
g = Grid(3, 2)
g[0, 1] = "#"
g[1, 2] = "@"
print(len(g), g[0, 1], g[1, 1], "#" in g, "x" in g)
for row in g:
    print("".join(row))
del g[0, 1]
print(list(g), list(reversed(g)))
try:
    g[5, 5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    del g[9, 9]
except KeyError as e:
    print(type(e).__name__, e)
