# Checks: globals() is the module namespace dict; locals() at module level is globals(); locals() in functions lists the current local names.
x = 1
g = globals()
print(g is globals(), locals() is globals(), g["x"], g["__name__"], "__builtins__" in g)
g["y"] = 2
print(y)
def f(a):
    b = a * 2
    before = sorted(locals())
    c = 3
    return before, sorted(locals().items())
print(f(5))
print(sorted([k for k in globals() if not k.startswith("__")]))
