# Checks: CPython's exact messages for common runtime errors.
none_value = None
five = 5
cases = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [] + (),
    lambda: none_value[0],
    lambda: none_value.x,
    lambda: five[0],
    lambda: [1, 2][5],
    lambda: (1,)[9],
    lambda: "ab"[5],
    lambda: {}["missing"],
    lambda: {}[("t", 1)],
    lambda: int("12a"),
    lambda: 1 / 0,
    lambda: 1 % 0,
    lambda: len(5),
    lambda: undefined_name,
    lambda: [].remove(3),
    lambda: "x" * "y",
    lambda: -"x",
    lambda: ~1.5,
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: {}.popitem(),
    lambda: [1, 2, 3].index(7),
    lambda: "abc".index("z"),
    lambda: hash([]),
    lambda: {[]: 1},
    lambda: float("x"),
    lambda: chr(-1),
    lambda: ord("ab"),
    lambda: (1, 2) < (1, "a"),
    lambda: sum(["a", "b"]),
    lambda: sum([1], "s"),
    lambda: 2 ** "x",
    lambda: none_value(),
    lambda: object() < object(),
    lambda: divmod(1, "a"),
    lambda: abs("x"),
    lambda: round("x"),
    lambda: max([]),
    lambda: min(1),
    lambda: [1, 2, 3][1:2:0],
    lambda: list(range(3))[None],
    lambda: "".join([1]),
    lambda: "{}".format,
    lambda: "%d" % "s",
    lambda: bytes(-1),
]
for c in cases:
    try:
        r = c()
        print("no error:", type(r).__name__)
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
