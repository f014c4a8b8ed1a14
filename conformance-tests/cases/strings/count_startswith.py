# Checks: count (non-overlapping, with bounds), startswith/endswith with tuples and bounds.
s = "aaaa abab"
print(s.count("a"), s.count("aa"), s.count("ab"), s.count(""), s.count("a", 5), s.count("a", 0, 3))
print(s.startswith("aa"), s.startswith(("x", "aaa")), s.startswith("ab", 5), s.startswith("", 100))
print(s.endswith("ab"), s.endswith(("ba", "ab")), s.endswith("aa", 0, 4), s.endswith("b", 0, -1))
try:
    s.startswith(["a"])
except TypeError as e:
    print(type(e).__name__, e)
