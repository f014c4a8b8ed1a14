# Checks: bool() conversion results for many values and bool() with no argument.
for v in [0, 1, -1, 0.0, 0.1, "", " ", "False", [], [[]], (), {}, {0: 0}, set(), None, range(0), b"", b"\x00"]:
    print(repr(v), bool(v))
print(bool(), bool(bool), type(bool(1)).__name__)
