# Checks: set.copy, set from dict (keys), set from string, and comparison operators returning bools.
s = {1, 2}
c = s.copy()
c.add(3)
print(sorted(s), sorted(c), set({5: "a", 6: "b"}) == {5, 6}, len(set("hello")))
print({1} < {1, 2}, {1, 2} > {1}, {1} == {1}, {1} != {2}, {3} < {1, 2})
print(min({4, 8, 2}), max({4, 8, 2}), sum({1, 2, 3}), sorted({-1, 5, 0}))
