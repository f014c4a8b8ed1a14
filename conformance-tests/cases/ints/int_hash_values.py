# Checks: hash() of ints (deterministic in CPython): small, -1, big ints reduced modulo 2**61 - 1, and equal numbers hash equally.
print(hash(0), hash(1), hash(-1), hash(-2), hash(12345))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 100), hash(-(2 ** 100)))
print(hash(True), hash(False), hash(1.0) == hash(1), hash(2.5))
print(hash(10 ** 30) == hash(10 ** 30), hash(0.5), hash(-0.0))
print(hash((1, 2, 3)), hash(()), hash((1, (2, 3))))
