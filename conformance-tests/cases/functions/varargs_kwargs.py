# Checks: *args and **kwargs collection, forwarding with * and **, and their types.
def collect(*args, **kwargs):
    return args, kwargs
print(collect())
print(collect(1, 2, a=3))
print(collect(*[1, 2], *(3,), **{"x": 1}, y=2))
def forward(*args, **kwargs):
    return collect(0, *args, z=9, **kwargs)
print(forward(1, k="v"))
def head_tail(first, *rest):
    return first, rest
print(head_tail(1), head_tail(1, 2, 3))
def f(a, b, c):
    return a + b + c
args = (1, 2)
print(f(*args, 3), f(*"abc"), f(**{"a": 1, "b": 2, "c": 3}), f(1, *[2], **{"c": 3}))
