# Checks: keyword-only parameters after * and after *args, with and without defaults.
def kw(a, *, b, c=3):
    return a, b, c
print(kw(1, b=2), kw(1, b=2, c=4), kw(a=0, b=0))
def kw2(*args, sep="-", end):
    return sep.join(map(str, args)) + end
print(kw2(1, 2, 3, end="."), kw2(end="!", sep="+"))
for call in [lambda: kw(1, 2), lambda: kw(1), lambda: kw2(1, 2)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
