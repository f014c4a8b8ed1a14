# Checks: the int max str digits limit (4300 digits) of CPython 3.11 for str() and int().
n = 10 ** 4299
print(len(str(n)))
try:
    str(10 ** 4300)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("1" * 4301)
except ValueError as e:
    print(type(e).__name__, e)
print(hex(10 ** 5000)[:10])
print(len(str(-(10 ** 4299))), len(repr(10 ** 4299 - 1)))
