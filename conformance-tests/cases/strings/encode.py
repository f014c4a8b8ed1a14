# Checks: str.encode with utf-8 (default), ascii/latin-1 and error handlers; bytes.decode back.
s = "héllo wörld €🐍"
b = s.encode()
print(b, len(b), len(s))
print(s.encode("utf-8") == b, b.decode() == s, b.decode("utf-8"))
print("abc".encode("ascii"), "é".encode("latin-1"), "é".encode("utf-16-le"))
print(s.encode("ascii", "ignore"), s.encode("ascii", "replace"), s.encode("ascii", "backslashreplace"))
print(s.encode("ascii", errors="xmlcharrefreplace"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"\xff".decode("utf-8", "replace"), b"a\xffb".decode("latin-1"), b"a\xffb".decode("ascii", "ignore"))
