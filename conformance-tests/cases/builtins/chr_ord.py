# Checks: chr and ord across ASCII, Latin-1, BMP and astral planes, and their errors.
for cp in [0, 9, 65, 127, 233, 0x3B1, 0x65E5, 0xFFFF, 0x1F600, 0x10FFFF]:
    c = chr(cp)
    print(cp, repr(c), ord(c), len(c))
for bad in [-1, 0x110000]:
    try:
        chr(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in ["", "ab", b"ab"]:
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(ord(b"A"), ord(bytearray(b"z")))
try:
    chr(65.0)
except TypeError as e:
    print(type(e).__name__, e)
