# Checks: errors when unpacking non-iterables or non-mappings into calls, and duplicate keywords from **.
def f(*a, **k):
    return a, k
for call in [lambda: f(*5), lambda: f(**[1]), lambda: f(**{1: 2}), lambda: f(a=1, **{"a": 2}),
             lambda: f(**{"a": 1}, **{"a": 2})]:
    try:
        call()
    except TypeError as e:
        print(e)
