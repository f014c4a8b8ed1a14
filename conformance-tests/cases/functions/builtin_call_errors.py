# Checks: CPython 3.11's TypeError wording for bad calls of builtin functions and methods,
# which depends on how each builtin takes its arguments (none, one, positional-only, keywords).
calls = [
    lambda: "abc".upper(1),
    lambda: [].clear(1),
    lambda: {}.keys(1),
    lambda: [].append(x=1),
    lambda: "".join(),
    lambda: "".join(x=1),
    lambda: [].pop(1, 2),
    lambda: {}.get(),
    lambda: {}.pop(),
    lambda: [].remove(),
    lambda: set().add(),
    lambda: [].index(),
    lambda: [].index(1, x=2),
    lambda: [].count(),
    lambda: "a".replace(1),
    lambda: "a".split(x=1),
    lambda: "a".split(1, 2, 3),
    lambda: "a".splitlines(x=1),
    lambda: "a".encode(x=1),
    lambda: (1).to_bytes(x=1),
    lambda: (1).to_bytes(1, 2, 3, 4),
    lambda: int("1", base=10, extra=1),
    lambda: int(x=1),
    lambda: str(x=1),
    lambda: float(x=1),
    lambda: dict.fromkeys(x=1),
    lambda: sorted([], x=1),
    lambda: max(1, 2, x=1),
    lambda: zip([], x=1),
    lambda: sum(),
    lambda: sum(1, 2, 3),
    lambda: sum([], x=1),
    lambda: sum(["a", "b"], start=""),
    lambda: sum([b"a"], b""),
    lambda: getattr(x=1),
    lambda: divmod(1, x=2),
    lambda: list(1, 2),
    lambda: tuple(x=1),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
print(sum([1, 2], start=10), sum([[1]], []), sum(range(4), 5))
