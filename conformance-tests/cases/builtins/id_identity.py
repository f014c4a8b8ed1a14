# Checks: id() equality mirrors `is` (ids themselves are never printed).
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), a is b, a is not c)
print(type(id(a)).__name__, id(None) == id(None), id(a) != id(c))
class K:
    pass
k = K()
print(id(k) == id(k), {id(k): "by id"}[id(k)])
