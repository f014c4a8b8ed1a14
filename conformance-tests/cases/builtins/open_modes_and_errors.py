# Checks: open() argument checking (mode, encoding/errors/newline in binary mode, types), OSError subclasses with errno and filename, each file kind's repr/mode/type, io.UnsupportedOperation and closed-file messages.
import io

path = "/tmp/krait-conformance-open_modes_and_errors.dat"
with open(path, "w") as f:
    f.write("alpha\nbeta\n")


def attempt(label, action):
    try:
        result = action()
        print(label, "->", repr(result))
    except (OSError, ValueError, TypeError, LookupError) as e:
        extra = (e.errno, e.filename) if isinstance(e, OSError) else ""
        print(label, "->", type(e).__name__, e, extra)


for mode in ["rw", "rr", "rbt", "b", "+", "U", "rU", "r++", "wx", ""]:
    attempt("mode " + repr(mode), lambda: open(path, mode))
attempt("binary encoding", lambda: open(path, "rb", encoding="utf-8"))
attempt("binary errors", lambda: open(path, "rb", errors="strict"))
attempt("binary newline", lambda: open(path, "rb", newline=""))
attempt("unbuffered text", lambda: open(path, "r", buffering=0))
attempt("bad newline", lambda: open(path, "r", newline="x"))
attempt("newline type", lambda: open(path, "r", newline=5))
attempt("mode type", lambda: open(path, 5))
attempt("encoding type", lambda: open(path, encoding=5))
attempt("unknown encoding", lambda: open(path, encoding="no-such-codec"))
attempt("closefd", lambda: open(path, closefd=False))
attempt("float file", lambda: open(1.5))
attempt("None file", lambda: open(None))
attempt("directory", lambda: open("/tmp"))
attempt("directory w", lambda: open("/tmp", "w"))
attempt("under a file", lambda: open(path + "/inner.txt"))
attempt("missing", lambda: open("/tmp/krait-conformance-no-such-dir/x.txt", "w"))
attempt("exclusive", lambda: open(path, "x"))

for mode in ["rb", "r+b", "w+b", "ab", "a+b", "br", "rb+", "r", "r+", "a+", "rt"]:
    with open(path, mode) as f:
        kind = type(f).__name__
        print(mode, kind, f.mode, f.name == path, repr(f).replace(path, "PATH"))
        if kind == "TextIOWrapper":
            print("  ", f.encoding, f.errors, f.line_buffering, repr(f.buffer).replace(path, "PATH"), f.buffer.mode)
    if "w" in mode:
        with open(path, "w") as f:
            f.write("alpha\nbeta\n")
with open(path, "rb", buffering=0) as f:
    print(repr(f).replace(path, "PATH"), f.read(3), f.closefd)
print(repr(f).replace(path, "PATH"))
with open(path.encode(), "rb") as f:
    print(f.name == path.encode(), f.readline())
with open(path, encoding="latin-1") as f:
    print(repr(f).replace(path, "PATH"))

reader = open(path, "rb")
writer = open(path, "ab")
text = open(path)
for label, action in [("rb write", lambda: reader.write(b"x")), ("rb truncate", lambda: reader.truncate()),
                      ("ab read", lambda: writer.read()), ("ab readline", lambda: writer.readline()),
                      ("r write", lambda: text.write("x")), ("r truncate", lambda: text.truncate()),
                      ("r cur seek", lambda: text.seek(2, 1)), ("r end seek", lambda: text.seek(-1, 2)),
                      ("r negative seek", lambda: text.seek(-1)), ("r bad whence", lambda: text.seek(0, 7)),
                      ("rb bad whence", lambda: reader.seek(0, 7)), ("rb negative seek", lambda: reader.seek(-3))]:
    try:
        print(label, action())
    except io.UnsupportedOperation as e:
        print(label, "UnsupportedOperation:", e, isinstance(e, OSError), isinstance(e, ValueError))
    except (OSError, ValueError) as e:
        print(label, type(e).__name__ + ":", e)
print(reader.readable(), reader.writable(), writer.readable(), writer.writable(), text.seekable())
for f in [reader, writer, text]:
    f.close()
    print(f.closed, f.readable() if f is writer else f.writable())
for label, action in [("rb read", lambda: reader.read()), ("rb readline", lambda: reader.readline()),
                      ("rb readlines", lambda: reader.readlines()), ("rb seek", lambda: reader.seek(0)),
                      ("rb tell", lambda: reader.tell()), ("rb peek", lambda: reader.peek()),
                      ("ab write", lambda: writer.write(b"x")), ("ab flush", lambda: writer.flush()),
                      ("ab truncate", lambda: writer.truncate()), ("rb iter", lambda: iter(reader)),
                      ("rb next", lambda: next(reader)), ("r read", lambda: text.read()),
                      ("r readline", lambda: text.readline()), ("r tell", lambda: text.tell()),
                      ("r seekable", lambda: text.seekable()), ("r iter", lambda: iter(text)),
                      ("r enter", lambda: text.__enter__()), ("r write", lambda: text.write("x"))]:
    try:
        print(label, action())
    except ValueError as e:
        print(label, type(e).__name__ + ":", e)
