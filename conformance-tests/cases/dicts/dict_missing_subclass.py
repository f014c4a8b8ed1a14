# Checks: dict subclass with __missing__ (default-dict-like), and that get() does not call __missing__.
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for w in "the cat and the hat and the bat".split():
    c[w] = c[w] + 1
print(c, c["dog"], c.get("dog"), "dog" in c)
class AutoList(dict):
    def __missing__(self, key):
        self[key] = value = []
        return value
al = AutoList()
al["a"].append(1)
al["a"].append(2)
al["b"].append(3)
print(al, isinstance(al, dict), type(al).__name__)
