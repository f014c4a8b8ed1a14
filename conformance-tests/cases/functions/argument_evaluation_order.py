# Checks: arguments are evaluated left to right, including *args and **kwargs expressions.
def t(label, value=None):
    print("eval", label)
    return value if value is not None else label
def f(*args, **kwargs):
    return args, kwargs
print(f(t("a"), t("b"), *t("c", [1]), k=t("d"), **t("e", {"z": 0})))
t("callee", f)(t("arg"))
