# Checks: set creation, deduplication, membership, len, add/remove/discard/pop and errors (small ints only).
s = {3, 1, 2, 3, 1}
print(s, len(s), 2 in s, 5 not in s)
s.add(0); s.add(2)
print(s)
s.discard(10); s.discard(1)
print(s)
s.remove(3)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print(type(e).__name__, e)
print(set(), set([5, 4, 4]), set("aab") == {"a", "b"}, type({}).__name__)
e = set()
try:
    e.pop()
except KeyError as e2:
    print(type(e2).__name__, e2)
p = {7}
print(p.pop(), p)
