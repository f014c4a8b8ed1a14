# Checks: functools.partial calls: positional arguments appended, keywords merged with call keywords winning, func/args/keywords attributes, partials of partials flattened, builtins and classes as func, no method binding
from functools import partial

def f(*args, **kwargs):
    return args, sorted(kwargs.items())

p = partial(f, 1, 2, a=3)
print(p(), p(4, b=5), p(a=9))
print(p.func is f, p.args, p.keywords)

q = partial(p, 6, c=7)
print(q.func is f, q.args, q.keywords)
print(q(8))

# Keywords given at call time do not change the stored ones.
p(a=100)
print(p.keywords)

# Builtins and classes.
basetwo = partial(int, base=2)
print(basetwo("1011"), basetwo("11", base=10))
mk = partial(dict, a=1)
print(mk(b=2))
print(partial(max, 3)(1, 2), partial(sorted, key=len)(["ccc", "a", "bb"]))
print(partial(print, "printed", sep="|")("x"))

# A partial stored on a class is not bound as a method.
class C:
    m = partial(f, "first")
    def method(self, *a):
        return (type(self).__name__,) + a
print(C().m(2))
bound = partial(C.method, C())
print(bound(1, 2))

# Errors of the underlying call propagate.
def needs_two(a, b):
    return a + b
try:
    partial(needs_two, 1, 2)(3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    partial(needs_two, a=1)(2)
except TypeError as e:
    print(type(e).__name__, e)
print(partial(needs_two, b=10)(a=1))

# Mutating the keywords dict returned by .keywords.
p2 = partial(f, x=1)
p2.keywords["y"] = 2
print(p2())

# A partial with no extra arguments.
p3 = partial(f)
print(p3.args, p3.keywords, p3(0))
print(callable(p3))
