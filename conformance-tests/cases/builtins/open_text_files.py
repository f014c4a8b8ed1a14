# Checks: open() in text mode: write/read/append/readline/readlines/iteration with `with`, utf-8 default encoding.
path = "/tmp/krait-conformance-open_text_files.txt"
with open(path, "w") as f:
    n = f.write("first line\n")
    f.write("zweite Zeile: äöü\n")
    f.writelines(["third\n", "fourth"])
print(n, f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path, "a", encoding="utf-8") as f:
    f.write("\nappended")
with open(path, "r") as f:
    print(repr(f.readline()), repr(f.readline()))
    print(f.readlines())
with open(path) as f:
    for i, line in enumerate(f):
        print(i, line.rstrip("\n"))
with open(path) as f:
    print(f.read(5), "|", f.read(6), "|", f.read().count("\n"))
f = open(path)
f.close()
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)
