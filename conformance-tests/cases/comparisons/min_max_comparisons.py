# Checks: min/max use < (first of equal items wins) and work with mixed numeric types.
class Item:
    def __init__(self, name, w):
        self.name, self.w = name, w
    def __lt__(self, other):
        return self.w < other.w
    def __gt__(self, other):
        return self.w > other.w
    def __repr__(self):
        return self.name
items = [Item("a", 2), Item("b", 1), Item("c", 2), Item("d", 1)]
print(min(items), max(items))
print(max(1, 1.0), max(1.0, 1), min(0, False), min(False, 0), max([True, 1]))
