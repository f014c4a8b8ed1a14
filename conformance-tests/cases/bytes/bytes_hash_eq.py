# Checks: bytes equality, bytes vs str inequality, bytes as dict keys, bytearray unhashable.
print(b"a" == "a", b"a" != "a", {b"k": 1}[b"k"], b"abc" == bytearray(b"abc"))
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([b"b", b"a", b"ab"]), b"".join([b"x", bytearray(b"y")]))
