# Checks: common bytes methods: split/join/strip/replace/find/count/startswith/upper/hex/fromhex/decode.
b = b"  Hello, World  "
print(b.strip(), b.lower(), b.upper(), b.split(b","), b.split())
print(b",".join([b"a", b"b", b"c"]), b.replace(b"l", b"L"), b.find(b"World"), b.count(b"l"))
print(b.startswith(b"  H"), b.endswith(b"  "), b.strip().decode("ascii"))
print(b"\x00\xab\xff".hex(), b"\x00\xab\xff".hex(":"), bytes.fromhex("de ad be ef"), bytes.fromhex("00ff"))
print(b"abc".isalpha(), b"123".isdigit(), b"a1".isalnum(), b"   ".isspace(), b"Ab".istitle())
print(b"abc".center(7, b"*"), b"7".zfill(3), b"a-b-c".partition(b"-"), b"a-b-c".rsplit(b"-", 1))
print(b"%s is %d" % (b"x", 5), b"%05.1f|%x|%c" % (2.5, 255, 65))
