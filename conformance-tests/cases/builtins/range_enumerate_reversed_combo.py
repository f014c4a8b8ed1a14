# Checks: combining builtins: enumerate(reversed(...)), zip(range, map), sorted(zip) etc.
words = ["pear", "fig", "apple"]
print(list(enumerate(reversed(words))))
print(list(zip(range(3), map(len, words))))
print(sorted(zip(map(len, words), words)))
print(dict(enumerate(words, 1)), max(enumerate(words), key=lambda p: len(p[1])))
print(list(map(lambda p: p[0] * p[1], zip([1, 2, 3], [4, 5, 6]))))
