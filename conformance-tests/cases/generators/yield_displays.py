# Checks: yield inside list, tuple, set, dict displays and starred items; evaluation order is left to right.
def t(x):
    print("eval", x)
    return x

def gen():
    lst = [t(1), (yield "list"), t(3)]
    print(lst)
    tup = (t("a"), (yield "tuple"))
    print(tup)
    st = {(yield "set"), t(7)}
    print(sorted(st))
    dct = {t("k1"): (yield "dict value"), (yield "dict key"): t("v2")}
    print(dct)
    star = [*t([0]), *(yield "star"), t(9)]
    print(star)
    merged = {**t({"p": 1}), **(yield "dict merge")}
    print(merged)

g = gen()
print(next(g))
for v in [2, "b", 6, "v1", "k2", [5, 6], {"q": 2}]:
    try:
        print(g.send(v))
    except StopIteration:
        print("finished")
