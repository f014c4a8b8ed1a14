# Checks: closures share cells: two inner functions see each other's updates; __closure__ contents.
def pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
g, s = pair()
print(g())
s(42)
print(g())
print(len(g.__closure__), g.__closure__[0].cell_contents, g.__code__.co_freevars)
def adders():
    return [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in adders()])
def outer():
    a = 1
    def mid():
        b = 2
        def inner():
            return a + b
        return inner
    return mid()
print(outer()(), outer().__code__.co_freevars)
