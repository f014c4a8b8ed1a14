# Checks: __annotations__ evaluated at def time in order, and kept as strings under `from __future__ import annotations` (compile flag or import).
import __future__
order = []
def note(tag):
    order.append(tag)
    return tag
def f(a: note("a"), *rest: note("rest"), k: note("k") = note("default"), **kw: note("kw")) -> note("ret"):
    return a
print(order, f.__annotations__)
def plain(x, y=1):
    return x
print(plain.__annotations__, plain.__annotations__ is plain.__annotations__)
plain.__annotations__["x"] = int
print(plain.__annotations__)
src = "def h(p: Optional[int], q: 'quoted' = None, *, r: a.b.C | None, s: Callable[[int, str], bool]) -> tuple[()]:\n    pass\n"
ns = {}
exec(compile(src, "<ann>", "exec", __future__.annotations.compiler_flag), ns)
print(ns["h"].__annotations__)
exec(compile("from __future__ import annotations\ndef k(x: list[int] | dict[str, float], y: -1 + 2 * 3 ** 2, z: (a - b) - c - (d - e)) -> None: pass\n", "<ann2>", "exec"), ns)
print(ns["k"].__annotations__)
print(__future__.annotations.compiler_flag == __future__.CO_FUTURE_ANNOTATIONS, __future__.annotations)
try:
    exec("def bad(x: undefined_name): pass", {})
except NameError as e:
    print(type(e).__name__, e)
