# Checks: __setattr__ and __delattr__ intercept assignments and deletions, including in __init__.
class Frozen:
    def __init__(self, **fields):
        for k, v in fields.items():
            object.__setattr__(self, k, v)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: object is frozen")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}")
f = Frozen(a=1, b=2)
print(f.a, f.b)
for action in [lambda: setattr(f, "a", 5), lambda: delattr(f, "b")]:
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e)
class Recorder:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("delattr", name)
        super().__delattr__(name)
r = Recorder()
r.x = 1
r.x += 1
del r.x
print(vars(r))
