# Checks: hash of floats equals hash of equal ints; hash of fractional floats; inf and -inf hashes.
print(hash(1.0) == hash(1), hash(-3.0) == hash(-3), hash(2.0 ** 70) == hash(2 ** 70))
print(hash(0.5), hash(-0.5), hash(1.5), hash(0.1))
print(hash(float("inf")), hash(float("-inf")), hash(0.0), hash(-0.0))
print(len({1, 1.0, True}), {1.0: "a", 1: "b"})
