# Checks: type() of builtin values and classes, and type names in reprs.
for v in [1, 1.0, "s", b"b", True, None, [], (), {}, set(), frozenset(), range(1), slice(1), len, print,
          type, object(), NotImplemented, Ellipsis, ..., bytearray(), iter([]), iter(()), zip(), map(len, [])]:
    print(type(v))
print(type(type(1)), type(int), type(Exception))
