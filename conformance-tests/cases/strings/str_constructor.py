# Checks: str() of various objects, str(bytes, encoding), and that str/repr differ for strings only.
print(str(), str(1), str(1.5), str([1, "a"]), str({"a": 1}), str((1,)), str(None), str(str))
print(str(b"ab"), str(b"ab", "ascii"), str(b"\xc3\xa9", encoding="utf-8"), str(bytearray(b"x"), "ascii"))
print(str("x") is not None, str(["a", 'b"'], ), repr(["a", 'b"']))
class A:
    def __str__(self):
        return "A-str"
    def __repr__(self):
        return "A-repr"
print(str(A()), repr(A()), [A()], f"{A()}", f"{A()!r}", "%s %r" % (A(), A()))
