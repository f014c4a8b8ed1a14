# Checks: the types of None, Ellipsis and NotImplemented: calling them returns the singleton,
# refuses arguments, and every value knows its __class__.
for value in (None, ..., NotImplemented):
    kind = type(value)
    print(kind.__name__, kind() is value, value.__class__ is kind, repr(value))
for kind, args in ((type(None), (1,)), (type(...), (1, 2)), (type(NotImplemented), ())):
    try:
        kind(*args, **({"x": 1} if not args else {}))
    except TypeError as e:
        print(e)
print((1).__class__, "s".__class__, [].__class__, (1.5).__class__, b"".__class__, len.__class__.__name__)
print(list(reversed(b"xyz")), list(reversed(bytearray(b"xyz"))), tuple(reversed(b"")))
