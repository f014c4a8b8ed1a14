# Checks: io.StringIO and io.BytesIO (read/write/seek/tell/truncate/getvalue/iteration, newline modes, errors), print(file=...) to them and to files, io.UnsupportedOperation and the io constants.
import io

buf = io.StringIO()
print("total:", 3, file=buf)
print("a", "b", sep="-", end="!\n", file=buf)
buf.write("héllo wörld\n")
print(repr(buf.getvalue()), buf.tell())
buf.seek(0)
print(repr(buf.readline()), repr(buf.read(4)), buf.tell(), buf.readlines())
buf.seek(3)
buf.write("XY")
print(repr(buf.getvalue()[:12]), buf.truncate(8), repr(buf.getvalue()), buf.tell())
buf.seek(12)
buf.write("Z")
print(repr(buf.getvalue()))
for label, action in [("seek cur", lambda: buf.seek(1, 1)), ("seek negative", lambda: buf.seek(-1)),
                      ("seek whence", lambda: buf.seek(0, 3)), ("write bytes", lambda: buf.write(b"x")),
                      ("truncate negative", lambda: buf.truncate(-2)), ("fileno", lambda: buf.fileno())]:
    try:
        print(label, action())
    except (OSError, ValueError, TypeError) as e:
        print(label, type(e).__name__ + ":", e)
print(buf.readable(), buf.writable(), buf.seekable(), buf.closed)
buf.close()
try:
    buf.getvalue()
except ValueError as e:
    print("ValueError:", e)

lines = io.StringIO("first\nsecond\nthird")
for line in lines:
    print(repr(line))
print(next(iter(io.StringIO("x\ny\n"))), list(io.StringIO("p\nq")))
print(repr(io.StringIO("a\r\nb\rc\n", newline=None).getvalue()))
universal = io.StringIO(newline=None)
universal.write("a\r\nb\rc\n")
print(universal.newlines)
print(io.StringIO("a\r\nb\rc\n", newline="").readlines())
print(io.StringIO("a\nb\n", newline="\r\n").getvalue().encode())
for args in [(b"x",), ("x", "q"), ("x", 5)]:
    try:
        io.StringIO(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
with io.StringIO("managed") as s:
    print(s.read(), s.closed)
print(s.closed)

data = io.BytesIO(b"line one\nline two\nline three")
print(data.read(4), data.tell(), data.readline(), data.readline(4), data.readlines())
data.seek(0)
print(list(data))
data.seek(5)
print(data.write(b"ONE"), data.tell(), data.getvalue())
data.seek(40)
data.write(bytearray(b"!"))
print(data.getvalue(), data.truncate(10), data.getvalue(), data.tell())
target = bytearray(4)
data.seek(0)
print(data.readinto(target), target, data.read1(3), data.read(0), data.read(None))
for label, action in [("negative seek", lambda: data.seek(-1)), ("bad whence", lambda: data.seek(0, 9)),
                      ("write str", lambda: data.write("text")), ("negative truncate", lambda: data.truncate(-1)),
                      ("bytes of str", lambda: io.BytesIO("text"))]:
    try:
        print(label, action())
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__ + ":", e)
print(data.seek(-100, 1), io.BytesIO(initial_bytes=b"kw").read())
data.close()
try:
    data.read()
except ValueError as e:
    print("ValueError:", e)

print(io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.open is open)
print(io.UnsupportedOperation.__mro__)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
e = io.UnsupportedOperation("not here")
print(repr(e), e.args, e.errno, str(e))
print(type(io.StringIO()).__name__, type(io.BytesIO()).__name__, io.StringIO, io.BytesIO, io.TextIOWrapper)

path = "/tmp/krait-conformance-io_stringio_bytesio.txt"
with open(path, "w") as f:
    print("to a file", 42, file=f)
    print(isinstance(f, io.TextIOWrapper), isinstance(f.buffer, io.BufferedWriter))
with open(path) as f:
    print(repr(f.read()))
with open(path, "rb") as f:
    print(isinstance(f, io.BufferedReader), next(f), next(f, "done"))
try:
    open(path).write("nope")
except io.UnsupportedOperation as err:
    print(type(err).__name__, err)
open(path, "rb").write(b"nope")
