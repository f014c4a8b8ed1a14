# Checks: implicit None return, early returns, returning tuples, and functions as first-class values.
def nothing():
    pass
def early(x):
    if x:
        return "early"
    print("fell through")
def multi():
    return 1, [2], "three"
print(nothing(), early(True), early(False), multi())
def apply(fn, *args):
    return fn(*args)
print(apply(max, 3, 9, 2), apply(len, "abc"), apply(lambda: "no args"))
funcs = [abs, str, len]
print([fn(-3) if fn is not len else fn("xyz") for fn in funcs])
