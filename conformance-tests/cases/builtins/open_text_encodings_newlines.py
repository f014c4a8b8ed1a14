# Checks: text files: latin-1/ascii/utf-8 encodings with strict/replace/ignore/backslashreplace/surrogateescape errors, decode/encode errors, newline=None/''/'\n'/'\r'/'\r\n' on read and write, f.newlines, tell/seek, r+ and a+ writing, chunked reading of a larger file.
path = "/tmp/krait-conformance-open_text_encodings_newlines.txt"


def raw():
    with open(path, "rb") as f:
        return f.read()


def show(label, action):
    try:
        print(label, repr(action()))
    except (UnicodeError, LookupError, ValueError, OSError) as e:
        print(label, type(e).__name__ + ":", e)


with open(path, "wb") as f:
    f.write(b"caf\xc3\xa9 ok\nbad \xff byte\ncut \xe2\x82")
for errors in [None, "strict", "replace", "ignore", "backslashreplace", "surrogateescape", "no-such-handler"]:
    with open(path, errors=errors) as f:
        show("read " + str(errors), f.read)
with open(path, encoding="latin-1") as f:
    print(f.encoding, repr(f.read()))
with open(path, encoding="ascii") as f:
    show("ascii readline", f.readline)
try:
    with open(path, encoding="utf-8") as f:
        print(repr(f.readline()))
        f.readline()
except UnicodeDecodeError as e:
    print(e.encoding, e.start, e.end, e.reason, e.object[e.start:e.end])

for encoding, errors in [("ascii", None), ("ascii", "replace"), ("latin-1", "strict"), ("latin-1", "ignore"),
                         ("ascii", "backslashreplace"), ("ascii", "xmlcharrefreplace"), ("utf-8", None),
                         ("ascii", "no-such-handler")]:
    with open(path, "w", encoding=encoding, errors=errors) as f:
        show("write " + encoding + " " + str(errors), lambda: f.write("déjà vu €5\n"))
    print("   ", raw())

for newline in [None, "", "\n", "\r", "\r\n"]:
    with open(path, "w", newline=newline) as f:
        f.write("one\ntwo\r\nthree\rfour")
    written = raw()
    with open(path, "wb") as f:
        f.write(b"one\ntwo\r\nthree\rfour\r\n")
    with open(path, newline=newline) as f:
        lines = f.readlines()
        print(repr(newline), written, lines, f.newlines)
    with open(path, newline=newline) as f:
        print("   ", repr(f.readline()), f.tell(), repr(f.read(3)), f.tell())

with open(path, "w") as f:
    print(f.write("héllo\nwörld\n"), f.tell())
with open(path) as f:
    print(repr(f.readline()), f.tell(), f.seek(3), repr(f.read(2)), f.tell(), f.seek(0, 2), repr(f.read()))
    print(f.seek(0), repr(f.readline(3)), repr(f.readline(0)), repr(f.readline()))
    for line in f:
        try:
            f.tell()
        except OSError as e:
            print("OSError:", e)
    print(f.tell())
with open(path, "r+") as f:
    print(repr(f.readline()), f.tell())
    f.write("END\n")
    print(f.tell())
    f.seek(0)
    print(repr(f.read()))
with open(path, "a+") as f:
    print(f.tell(), repr(f.read()))
    f.seek(0)
    print(repr(f.read(5)))
    f.write("tail")
    f.seek(0)
    print(repr(f.read()))
with open(path, "w+") as f:
    f.write("0123456789")
    f.seek(4)
    print(repr(f.read(2)), f.truncate(), f.tell())
    f.seek(0)
    print(repr(f.read()))

lines = []
for i in range(1500):
    lines.append("%04d: naïve café — ünïcödé\r\n" % i)
with open(path, "w", newline="") as f:
    f.writelines(lines)
with open(path) as f:
    count = 0
    marks = []
    while True:
        line = f.readline()
        if not line:
            break
        count += 1
        if count % 300 == 0:
            marks.append((f.tell(), line[:4]))
    print(count, marks, repr(f.newlines))
with open(path) as f:
    sizes = []
    while True:
        piece = f.read(4000)
        if not piece:
            break
        sizes.append((len(piece), f.tell()))
    print(sizes)
