# Checks: and/or short-circuit evaluation order and returned operands.
def t(label, value):
    print("eval", label)
    return value
print(t("a", 0) and t("b", 1))
print(t("a", 1) and t("b", 2))
print(t("a", 0) or t("b", "") or t("c", "x") or t("d", "never"))
print(not t("n", []))
r = t("x", None) is None and t("y", [1])
print(r)
