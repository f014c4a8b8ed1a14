# Checks: open() errors: missing file (FileNotFoundError with errno and message), bad mode.
try:
    open("/tmp/krait-conformance-definitely/missing.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(e)
try:
    open("/tmp/krait-conformance-x.txt", "q")
except ValueError as e:
    print(type(e).__name__, e)
print(issubclass(FileNotFoundError, OSError))
