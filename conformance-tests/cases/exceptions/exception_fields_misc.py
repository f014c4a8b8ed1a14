# Checks: fields of SyntaxError, Unicode errors, ImportError, NameError and AttributeError built by programs, their keyword arguments and errors, and member descriptors on the classes.
def attempt(action):
    try:
        print("ok", repr(action()))
    except Exception as err:
        print(type(err).__name__, err)

s = SyntaxError("bad syntax", ("prog/main.py", 3, 7, "x = (\n", 3, 8))
print(s, "|", s.msg, s.filename, s.lineno, s.offset, repr(s.text), s.end_lineno, s.end_offset)
print(SyntaxError("only message"), "|", SyntaxError("m", (None, 4, 1, None)), "|", repr(SyntaxError().msg))
attempt(lambda: SyntaxError("m", (1, 2)))

enc = UnicodeEncodeError("ascii", "caf\xe9s", 3, 4, "ordinal not in range(128)")
print(enc, "|", enc.encoding, enc.object, enc.start, enc.end, enc.reason)
print(UnicodeEncodeError("ascii", "\u20ac\u20ac", 0, 2, "r"))
print(UnicodeEncodeError("latin-1", "a\U0001f600", 1, 2, "r"))
dec = UnicodeDecodeError("utf-8", b"ab\xff\xfe", 2, 4, "invalid start byte")
print(dec, "|", dec.object, dec.start, dec.end)
print(UnicodeDecodeError("utf-8", bytearray(b"\x80"), 0, 1, "invalid start byte"))
print(UnicodeTranslateError("\xe9t\xe9", 0, 1, "no mapping"))
attempt(lambda: UnicodeDecodeError("utf-8", "text", 0, 1, "r"))
attempt(lambda: UnicodeEncodeError("ascii", "x", "0", 1, "r"))
attempt(lambda: UnicodeTranslateError("x"))
try:
    "na\xefve".encode("ascii")
except UnicodeEncodeError as err:
    print(err.encoding, err.start, err.end, err.reason)
try:
    b"\xc3(".decode("utf-8")
except UnicodeDecodeError as err:
    print(err.object, err.start, err.end, err.reason)

imp = ImportError("cannot load", name="pkg.mod", path="/lib/pkg/mod.py")
print(imp, "|", imp.msg, imp.name, imp.path, imp.args)
print(ImportError(1, 2), "|", ImportError(1, 2).msg, ModuleNotFoundError("m", name="x").name)
attempt(lambda: ImportError("m", where="here"))
attempt(lambda: ImportError("m", name=1, path=2, extra=3))
print(NameError("n", name="x").name, AttributeError("a", name="y", obj=5).obj, AttributeError("plain").name)
attempt(lambda: NameError("n", obj=1))
attempt(lambda: ValueError("v", extra=1))
print(SystemExit.code, StopIteration.value, OSError.errno, BaseException.args)
print(type(SystemExit.code).__name__, type(BaseException.args).__name__)
ex = ValueError("with dict")
ex.detail = 3
print(ex.__dict__, vars(ex) if False else "", KeyError("k").__dict__)
