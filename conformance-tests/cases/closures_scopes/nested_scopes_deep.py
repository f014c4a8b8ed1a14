# Checks: name resolution through several nested function scopes with shadowing at each level.
x = 0
def a():
    x = 1
    def b():
        def c():
            x = 3
            def d():
                return x
            return d()
        return x, c()
    return b()
print(a(), x)
def counter_factory():
    counts = {}
    def hit(key):
        counts[key] = counts.get(key, 0) + 1
        return counts
    return hit
hit = counter_factory()
hit("a"); hit("b")
print(hit("a"))
