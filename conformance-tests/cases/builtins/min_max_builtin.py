# Checks: min/max with iterables, multiple args, key, default, and their error messages.
print(min([4, 2, 8]), max([4, 2, 8]), min(4, 2, 8), max("apple", "fig", key=len), min("bca"))
print(max([], default="empty"), min([], default=None), max([3], default=0), max([1, 3, 2], key=lambda x: -x))
print(max([(1, "b"), (1, "a")]), min({"x": 3, "y": 1}, key=lambda k: {"x": 3, "y": 1}[k]))
for call in [lambda: max([]), lambda: min(()), lambda: max(5), lambda: max(1, 2, default=0), lambda: min()]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
