# Checks: `in` for lists (== or identity), dicts (keys), strings (substrings), ranges, and __contains__/__iter__ fallbacks.
nan = float("nan")
print(nan in [nan], float("nan") in [nan], 1 in [1.0], "a" in {"a": 0}, 0 in {"a": 0})
class Box:
    def __contains__(self, item):
        return item == "secret"
print("secret" in Box(), "other" in Box(), "x" not in Box())
class Iter:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in Iter(), 5 in Iter())
class GetItem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 2
print(4 in GetItem(), 5 in GetItem())
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)
