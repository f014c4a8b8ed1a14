# Checks: len of every builtin container, of user classes, and errors for unsized objects.
print(len("héllo"), len(b"ab"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(range(0, 10, 3)))
print(len(frozenset()), len(bytearray(4)), len({}.keys()), len("🐍🐍"))
class Sized:
    def __len__(self):
        return 42
print(len(Sized()))
for bad in [5, 2.5, None, iter([1])]:
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class Big:
    def __len__(self):
        return 2 ** 70
try:
    len(Big())
except OverflowError as e:
    print(type(e).__name__, e)
class StrLen:
    def __len__(self):
        return "3"
try:
    len(StrLen())
except TypeError as e:
    print(type(e).__name__, e)
