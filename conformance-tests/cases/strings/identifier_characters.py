# Checks: which characters a name may hold (PEP 3131) -- non-ASCII letters and marks in names,
# NFKC-equal names as one, and CPython's "invalid character" errors with their columns.
sources = [
    "caf\u00e9 = 3\nprint(caf\u00e9)",
    "\ufb01 = 4\nprint(fi)",
    "\U0001d400 = 5\nprint(A)",
    "\u00e9t\u00e9_\u0301 = 6",
    "x\u0660 = 7",
    "\u0660x = 1",
    "x = a\u20acb",
    "\u20acx = 1",
    "x = 1 +\u00a0 2",
    "\u0301x = 1",
    "x\u309b = 1",
    "x = \"\u20ac\" + b\u20ac",
    "print(1)\n\u2028",
    "def f(\u00e0, b\u200d):\n    pass",
    "x = 1\n  y\u00a0= 2",
    "\u2160 = 8",
]
for src in sources:
    try:
        namespace = {"print": lambda *a: None}
        exec(compile(src, "<s>", "exec"), namespace)
        print("ok:", ascii(src), sorted(k for k in namespace if k not in ("print", "__builtins__")))
    except SyntaxError as e:
        print("SyntaxError", ascii(src), ascii(e.msg), "line", e.lineno, "offset", e.offset)

for s in ["caf\u00e9", "\u0301x", "x\u0301", "x\u309b", "\u2160", "a\u200d", "_", "", "1a", "\U0001d400"]:
    print(ascii(s), s.isidentifier())
