# Checks: iteration order of sets of small non-negative ints (deterministic in CPython: ordered by hash slot).
print({5, 3, 1, 4, 2, 0})
print(set([9, 7, 8]), set(range(10, 0, -1)))
s = set()
for i in [6, 2, 7, 1]:
    s.add(i)
print(s, list(s), sorted(s, reverse=True))
print({1, 2, 3} | {0}, {x % 5 for x in range(20)})
