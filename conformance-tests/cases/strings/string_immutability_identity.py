# Checks: strings are immutable values; methods return new strings; equality vs identity of equal content.
a = "hello"
b = a.upper()
print(a, b)
c = "".join(["hel", "lo"])
print(a == c, type(c) is str)
try:
    a.append("x")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del a[0]
except TypeError as e:
    print(type(e).__name__, e)
