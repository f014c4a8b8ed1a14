# Checks: code-point semantics for non-BMP characters: len, indexing, slicing, reversal, ord/chr, find.
s = "a😀b𝄞c"
print(len(s), s[1], s[3], s[-1], s[1:4], s[::-1])
print([ord(c) for c in s])
print(chr(0x1F600) == "😀", chr(0x10FFFF) == "\U0010ffff", len(chr(0x10FFFF)))
print(s.find("b"), s.index("𝄞"), s.count("😀"), "😀" in s)
print(s.upper(), s.center(9, "*"), s.split("b"))
print(repr("\U0001f600"), ascii("😀"), ascii("a\u00e9\U0001f600"))
print(sorted("😀a𝄞"), max("a😀"), "😀" > "\uffff")
print(list("x🐍y"), "🐍" * 3, len("🐍" * 3))
