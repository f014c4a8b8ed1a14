# Checks: dict | and |= (3.9+), ** unpacking in displays, and update order semantics.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, {**a, **b}, {**b, "x": 0, **a})
a |= b
print(a)
a |= [("w", 5)]
print(a)
try:
    a | [("q", 1)]
except TypeError as e:
    print(type(e).__name__, e)
def f(**kw):
    return kw
print(f(**a, extra=1))
