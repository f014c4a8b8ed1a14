# Checks: SyntaxError messages and line numbers for misplaced yield / yield from / return forms.
sources = [
    "yield 1",
    "x = 1\nyield x",
    "class C:\n    yield 1",
    "def f():\n    return [(yield x) for x in range(3)]",
    "def f():\n    return ((yield x) for x in range(3))",
    "def f():\n    return {(yield x) for x in range(3)}",
    "def f():\n    return {x: (yield) for x in range(3)}",
    "yield from []",
    "def f():\n    yield from",
    "async def f():\n    yield from []",
    "def f():\n    x = yield = 3",
    "def f():\n    yield = 1",
    "def f():\n    return (yield), (yield)",
    "def f():\n    lambda: (yield)\n    return 5",
]
for src in sources:
    try:
        compile(src, "<s>", "exec")
        print("ok:", repr(src))
    except SyntaxError as e:
        print("SyntaxError", e.msg, "line", e.lineno)
