# Checks: __getattr__ (only for missing attributes) vs __getattribute__ (every access), and AttributeError fallbacks.
class Lazy:
    def __init__(self):
        self.real = "real value"
    def __getattr__(self, name):
        if name.startswith("computed_"):
            return name[len("computed_"):].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
l = Lazy()
print(l.real, l.computed_abc, getattr(l, "computed_x"), hasattr(l, "nothing"))
try:
    l.nothing
except AttributeError as e:
    print(type(e).__name__, e)
class Logged:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("get", name)
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f"fallback {name}"
lg = Logged()
print(lg.x)
print(lg.missing)
