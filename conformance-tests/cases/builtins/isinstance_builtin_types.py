# Checks: isinstance on builtin values against builtin types and tuples of types.
vals = [1, True, 1.0, "s", b"b", [], (), {}, set(), None, len, range(2)]
types = [int, bool, float, str, bytes, list, tuple, dict, set, object]
for v in vals:
    print(repr(v) if not callable(v) else "len", [t.__name__ for t in types if isinstance(v, t)])
print(isinstance(1, (str, (float, int))), isinstance("x", ()))
