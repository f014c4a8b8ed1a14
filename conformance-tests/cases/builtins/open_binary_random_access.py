# Checks: binary files: read(n)/read1/peek/readline(limit)/readlines(hint)/readinto, seek with whence, tell, truncate, sparse writes, append mode, r+b/w+b mixing, writelines, line iteration and next(), unbuffered FileIO, errors for bad arguments.
path = "/tmp/krait-conformance-open_binary_random_access.bin"
with open(path, "wb") as f:
    print(f.write(b"first line\nsecond line\r\nthird\n"), f.tell())
    f.writelines([b"four", bytearray(b"th\n"), b"last"])
    print(f.tell(), f.seekable(), f.readable(), f.writable())

with open(path, "rb") as f:
    print(f.read(5), f.read1(3), f.peek()[:6], f.tell())
    print(f.readline(), f.readline(4), f.readline(), f.tell())
    print(f.readlines(3), f.readlines())
    print(f.read(), f.read(7), f.tell())
    print(f.seek(-4, 2), f.read(), f.seek(6), f.seek(5, 1), f.read(4), f.seek(0, 1))
    target = bytearray(6)
    f.seek(0)
    print(f.readinto(target), target)
    f.seek(0)
    numbered = []
    for number, line in enumerate(f):
        numbered.append((number, line))
    print(numbered)
    f.seek(0)
    print(next(f), next(f), f.tell())
    for label, action in [("read str", lambda: f.read("3")), ("readline float", lambda: f.readline(2.5)),
                          ("seek float", lambda: f.seek(1.0)), ("seek negative", lambda: f.seek(-1)),
                          ("whence", lambda: f.seek(0, 9)), ("seek past start", lambda: f.seek(-100, 1)),
                          ("readinto bytes", lambda: f.readinto(b"xx"))]:
        try:
            print(label, action())
        except (TypeError, ValueError, OSError) as e:
            print(label, type(e).__name__ + ":", e)
    print(f.tell())

with open(path, "r+b") as f:
    print(f.read(5), f.write(b"-LINE"), f.tell())
    f.seek(0)
    print(f.readline())
    print(f.truncate(20), f.tell(), f.seek(0, 2))
    print(f.seek(30), f.write(b"END"), f.tell())
    f.seek(0)
    print(f.read())
    print(f.truncate(), f.seek(0, 2))

with open(path, "ab") as f:
    print(f.tell(), f.write(b"+appended"), f.tell())
with open(path, "a+b") as f:
    print(f.tell(), f.read(), f.seek(0), f.read(5))
    f.write(b"!")
    print(f.tell())
with open(path, "w+b") as f:
    print(f.read(), f.write(b"abcdef"), f.seek(2), f.read(2), f.write(b"XY"), f.tell())
    f.seek(0)
    print(f.read(), f.truncate(3), f.tell())
    f.seek(0)
    print(f.read())

with open(path, "rb", buffering=0) as raw:
    print(type(raw).__name__, raw.mode, raw.read(2), raw.readall(), raw.read(), raw.tell())
with open(path, "wb", buffering=0) as raw:
    print(raw.write(b"raw bytes"), raw.tell())
    try:
        raw.read()
    except OSError as e:
        print(type(e).__name__ + ":", e)
with open(path, "rb") as f:
    print(f.read(), f.read(), f.closed)
print(f.closed)
