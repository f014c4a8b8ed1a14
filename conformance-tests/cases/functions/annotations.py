# Checks: function and variable annotations are stored in __annotations__ and do not affect behaviour.
def f(a: int, b: "str" = "x", *args: float, c: list[int] = None, **kw: dict) -> bool:
    return True
print(f.__annotations__)
print(f(1))
x: int = 5
y: str
print(x, __annotations__)
class C:
    field: int = 3
    other: "C"
print(C.__annotations__, C.field)
