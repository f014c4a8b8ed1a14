# Checks: locals() inside a function, globals() membership, and writing to globals() creates names.
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
globals()["made_up"] = 123
print(made_up, "made_up" in globals(), "f" in globals(), globals()["__name__"])
def g():
    return "made_up" in locals(), "made_up" in globals()
print(g())
