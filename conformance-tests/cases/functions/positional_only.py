# Checks: positional-only parameters (/) and kwargs named like positional-only params.
def po(a, b, /, c, *, d):
    return a, b, c, d
print(po(1, 2, 3, d=4), po(1, 2, c=3, d=4))
def po_kw(x, /, **kwargs):
    return x, kwargs
print(po_kw(1, x=2))
def po_default(a, b=2, /):
    return a, b
print(po_default(1), po_default(1, 5))
for call in [lambda: po(1, b=2, c=3, d=4), lambda: po(a=1, b=2, c=3, d=4), lambda: po_default(a=1)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
