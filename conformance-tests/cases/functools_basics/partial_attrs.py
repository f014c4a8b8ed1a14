# Checks: functools.partial objects: read-only func/args/keywords, an instance __dict__, flattening only for plain partials without attributes, subclasses (not flattened by their own type's __call__), structural repr (addresses left out), the errors of the constructor
from functools import partial

def f(*a, **k):
    return a, k

p = partial(f, 1, key="v")
for name in ("func", "args", "keywords"):
    try:
        setattr(p, name, None)
    except AttributeError as e:
        print(name, type(e).__name__, e)
    try:
        delattr(p, name)
    except (AttributeError, TypeError) as e:
        print(name, type(e).__name__, e)

p.note = "hello"
print(p.__dict__, p.note)

# With an attribute set, a partial of it is not flattened.
q = partial(p, 2)
print(q.func is p, q.args)
r = partial(partial(f, 1), 2)
print(r.func is f, r.args)

class MyPartial(partial):
    def describe(self):
        return f"MyPartial of {self.func.__name__}"

m = MyPartial(f, "m")
print(type(m).__name__, m.describe(), m(), isinstance(m, partial))
mm = partial(m, "n")
print(mm.func is f, mm.args)

class Calling(partial):
    def __call__(self, *args, **kwargs):
        return "overridden"
c = Calling(f, 1)
print(c(), partial(c, 2).func is c)

# repr: the type name, the function's repr, then the arguments.
def g():
    pass
text = repr(partial(g, 1, "two", x=[3]))
print(text.startswith("functools.partial(<function g at "), text.split(">", 1)[1])
print(repr(partial(len, 1, 2)))
print(repr(MyPartial(len, k=1)))
print(repr(partial(partial(max, 0), 1)))
print(str(partial(min)) == repr(partial(min)))

# A recursive repr.
p_rec = partial(f)
p_rec.keywords["self"] = p_rec
print(repr(p_rec).endswith("self=...)"))

# Constructor errors.
for args in [(), (1,), ("text", 2), (None,)]:
    try:
        partial(*args)
    except TypeError as e:
        print(type(e).__name__, e)
print(partial.__name__, partial.__module__)
print(partial[int])
