# Checks: text mode universal newlines on read, newline="" keeping line ends, `with` closing the file even on error.
path = "/tmp/krait-conformance-open_newlines_and_close.txt"
with open(path, "wb") as f:
    f.write(b"one\r\ntwo\rthree\nfour")
with open(path) as f:
    print(repr(f.read()))
with open(path, newline="") as f:
    print(f.readlines())
with open(path, "rb") as f:
    print(f.read().count(b"\r"))
try:
    with open(path) as f:
        first = f.readline()
        raise RuntimeError("stop while reading")
except RuntimeError as e:
    print(type(e).__name__, e, repr(first), f.closed)
with open(path, "w") as f:
    print(f.write("x\ny\n"), f.name == path, f.mode, f.closed)
print(f.closed, open(path).read().splitlines())
