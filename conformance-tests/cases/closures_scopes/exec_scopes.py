# Checks: exec with explicit globals/locals dicts, and that exec in a function cannot create real locals.
ns = {}
exec("a = 1\nb = a + 1", ns)
print(ns["a"], ns["b"], "__builtins__" in ns)
g, l = {"x": 10}, {}
exec("y = x * 2", g, l)
print(l, "y" in g)
def f():
    exec("z = 5")
    try:
        return z
    except NameError as e:
        return f"{type(e).__name__}: {e}"
print(f())
print(eval("x + 1", {"x": 41}), eval("len(s)", {"s": "abcd"}))
