# Checks: repr(), ascii() escaping non-ASCII, and format() with and without spec on several types.
print(repr("héllo\n"), ascii("héllo\n"), ascii(["ü", "日"]), ascii("😀"), repr(b"\xe9"))
print(format(3.14159, ".2f"), format(42, "x"), format("s", ">4"), format(1234, ","), format([1]), format(None))
print(repr(1.0), repr(-0.0), repr(1e100), repr([1.5, "a"]), repr((None,)), repr({1: {2}}))
