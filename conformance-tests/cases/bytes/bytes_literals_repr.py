# Checks: bytes literals, repr of printable/non-printable bytes, quote choice, indexing giving ints.
b = b"hello\x00\xff\n\t'"
print(b, repr(b), len(b))
print(b'say "hi"', b"it's", b'both \' and "', rb"raw\n", b"\\")
print(b[0], b[-1], b[1:3], type(b[0]).__name__, list(b"abc"))
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("é", "utf-8"), bytes())
print(b"abc" == b"abc", b"abc" < b"abd", b"a" + b"b", b"ab" * 2, b"b" in b"abc", 98 in b"abc")
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"a" + "b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes("abc")
except TypeError as e:
    print(type(e).__name__, e)
