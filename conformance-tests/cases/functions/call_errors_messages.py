# Checks: CPython's TypeError messages for bad calls: missing, unexpected, multiple values, too many positional.
def f(a, b):
    pass
def g(a, b=1, *, c):
    pass
def h():
    pass
def k(x, y, z, w):
    pass
def one(x):
    pass
calls = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, b=2, c=3),
    lambda: f(1, a=2),
    lambda: g(1),
    lambda: g(1, 2, 3),
    lambda: g(1, 2, 3, c=4),
    lambda: h(1),
    lambda: h(x=1),
    lambda: k(1),
    lambda: k(),
    lambda: one(1, 2),
    lambda: f(**{"a": 1, "b": 2, "zz": 3}),
    lambda: f(1, **{"a": 2}),
    lambda: g(c=1),
    lambda: f(*[1, 2, 3, 4]),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
