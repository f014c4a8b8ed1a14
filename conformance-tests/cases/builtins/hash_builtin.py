# Checks: hash() of deterministic values (ints, bools, None-free tuples of ints, floats) and of str only via equality.
print(hash(42), hash(-42), hash(True), hash(10 ** 20), hash(-1), hash(3.0))
print(hash((1, 2)), hash((1, (2, 3), -4)), hash((True, 2.0)))
s1, s2 = "text", "".join(["te", "xt"])
print(hash(s1) == hash(s2), hash(b"ab") == hash(b"ab"), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
for bad in [[], {}, set()]:
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class H:
    def __hash__(self):
        return 2 ** 100
print(hash(H()) == hash(2 ** 100))
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
