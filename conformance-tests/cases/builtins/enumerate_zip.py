# Checks: enumerate with start, zip with unequal lengths, zip(strict=True) errors, unzipping with zip(*...).
print(list(enumerate("abc")), list(enumerate("abc", start=10)), list(enumerate([], 5)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip("ab", "cd", "ef")))
pairs = [(1, "a"), (2, "b"), (3, "c")]
nums, letters = zip(*pairs)
print(nums, letters)
print(list(zip([1, 2], [3, 4], strict=True)))
for a, b in [([1, 2, 3], [1]), ([1], [1, 2]), ([1, 2], [1, 2, 3])]:
    try:
        list(zip(a, b, strict=True))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    list(zip([1], [2], [3, 4], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
e = enumerate("xy")
print(next(e), next(e), next(e, "end"), type(e).__name__)
try:
    zip(1)
except TypeError as err:
    print(type(err).__name__, err)
