# Checks: class bodies are not enclosing scopes for methods or comprehensions (except the first iterable).
x = "module"
class C:
    x = "class"
    y = x + "!"
    def method(self):
        return x
    items = [x for _ in range(2)]
    first_iter = [v for v in [x, x]]
print(C.y, C().method(), C.items, C.first_iter)
class D:
    n = 3
    try:
        squares = [n * i for i in range(3)]
    except NameError as e:
        err = f"{type(e).__name__}: {e}"
    ok = [i * 2 for i in range(n)]
print(D.err, D.ok)
def f():
    y = "function local"
    class Inner:
        z = y
        def get(self):
            return y
    return Inner.z, Inner().get()
print(f())
