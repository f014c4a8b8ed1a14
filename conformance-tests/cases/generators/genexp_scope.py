# Checks: genexp loop variables do not leak; genexp in a class body sees only the first iterable from class scope.
x = "global x"
g = (x for x in range(3))
print(list(g), x)

class C:
    data = [1, 2, 3]
    factor = 10
    doubled = list(d * 2 for d in data)
    try:
        scaled = list(d * factor for d in data)
    except NameError as e:
        print(type(e).__name__, e)

print(C.doubled)

def f():
    items = [3, 4]
    y = 5
    g = (i + y for i in items)
    y = 100
    return list(g)

print(f())
try:
    print(i)
except NameError as e:
    print(type(e).__name__, e)
