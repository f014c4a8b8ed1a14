# Checks: builtin generic aliases (list[int], dict[str, int]) and a user __class_getitem__.
print(list[int], dict[str, int], tuple[int, ...], type[int], set[frozenset[str]])
alias = list[int]
print(alias(), alias("ab"), alias.__origin__ is list, alias.__args__)
class Box:
    def __class_getitem__(cls, item):
        return f"Box of {item.__name__ if isinstance(item, type) else item}"
print(Box[int], Box["T"])
def f(xs: list[int]) -> dict[str, list[int]]:
    return {"xs": xs}
print(f([1]), f.__annotations__["return"])
try:
    int[str]
except TypeError as e:
    print(type(e).__name__, e)
