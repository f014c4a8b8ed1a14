# Checks: strip/lstrip/rstrip with default whitespace and explicit character sets; removeprefix/removesuffix.
s = "\t  hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixyx".strip("xy"), "xxhixyx".lstrip("x"), "xxhixyx".rstrip("xy"))
print("www.example.com".strip("cmowz."), repr("   ".strip()), repr("".strip("a")))
print("prefix_body".removeprefix("prefix_"), "body.txt".removesuffix(".txt"), "abc".removeprefix("x"))
print(repr("\u2003 wide space \u3000".strip()))
