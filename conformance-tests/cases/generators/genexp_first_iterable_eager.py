# Checks: the first iterable of a genexp is evaluated (and iter() called) at creation; the rest lazily.
def src(name, n):
    print("src", name)
    return range(n)

class Iterable:
    def __iter__(self):
        print("__iter__ called")
        return iter([1, 2])

g = (x for x in src("outer", 2) for y in src("inner", 2))
print("created")
print(list(g))

g = (x for x in Iterable())
print("created 2")
print(list(g))

def cond(x):
    print("cond", x)
    return True

g = (x for x in src("third", 2) if cond(x))
print("created 3")
print(next(g))
g.close()

n = 3
g = (i for i in range(n))
n = 10
print(list(g))
