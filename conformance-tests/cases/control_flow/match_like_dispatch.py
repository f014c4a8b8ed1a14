# Checks: if/elif dispatch on types and values (match statements are not used).
def describe(x):
    if x is None:
        return "none"
    elif isinstance(x, bool):
        return f"bool {x}"
    elif isinstance(x, int):
        return f"int {x}"
    elif isinstance(x, str) and x:
        return f"str {x!r}"
    elif isinstance(x, (list, tuple)):
        return f"{type(x).__name__} of {len(x)}"
    else:
        return "other"
for v in [None, True, 3, "hi", "", [1, 2], (1,), 2.5]:
    print(describe(v))
