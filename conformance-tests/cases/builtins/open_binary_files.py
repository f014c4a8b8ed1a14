# Checks: open() in binary mode: write bytes, read exact bytes, seek/tell, and mixing str/bytes errors.
path = "/tmp/krait-conformance-open_binary_files.bin"
data = bytes(range(256)) + "é\n".encode("utf-8")
with open(path, "wb") as f:
    print(f.write(data))
with open(path, "rb") as f:
    back = f.read()
print(back == data, len(back), back[:5], back[-3:])
with open(path, "rb") as f:
    f.seek(250)
    print(f.tell(), f.read(4), f.tell())
    f.seek(0)
    print(f.read(3))
with open(path, "wb") as f:
    try:
        f.write("text")
    except TypeError as e:
        print(type(e).__name__, e)
with open(path, "w") as f:
    try:
        f.write(b"bytes")
    except TypeError as e:
        print(type(e).__name__, e)
with open(path, "w", encoding="utf-8") as f:
    f.write("line1\nline2\n")
with open(path, "rb") as f:
    print(f.read())
