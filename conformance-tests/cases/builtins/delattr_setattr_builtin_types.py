# Checks: setattr/delattr on builtin types and instances are rejected with CPython's messages.
for action in [lambda: setattr(1, "x", 1), lambda: setattr("s", "upper", None), lambda: setattr(int, "x", 1),
               lambda: setattr(list, "append", None), lambda: delattr([], "append")]:
    try:
        action()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
