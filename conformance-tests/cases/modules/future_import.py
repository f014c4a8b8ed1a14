# Checks: `from __future__ import annotations` stores annotations as strings; __future__ module attributes.
from __future__ import annotations
import __future__
def f(x: list[int], y: UndefinedType) -> dict[str, int]:
    return {}
print(f.__annotations__)
print(__future__.annotations.compiler_flag > 0, type(__future__.division).__name__)
print(f([], None))
