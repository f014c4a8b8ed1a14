# Checks: center/ljust/rjust (with fill characters) and zfill with signs.
for w in (0, 5, 10, 11):
    print(repr("abc".center(w)), repr("abc".ljust(w, ".")), repr("abc".rjust(w, "*")))
print("ab".center(5, "-"), "ab".center(6, "-"), "abc".center(6, "-"), "abc".center(4, "-"))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "".zfill(3), "-".zfill(3))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
