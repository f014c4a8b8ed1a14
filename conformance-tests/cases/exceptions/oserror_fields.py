# Checks: OSError's errno/strerror/filename/filename2 fields, its str, args without the filename, errno picking the subclass, BlockingIOError.characters_written.
for args in [(), ("just a message",), (2, "No such file or directory"), (2, "No such file or directory", "data.txt"),
             (1, "Operation not permitted", "a", None, "b"), (99999, "odd errno"), ("x", "y"), (1, 2, 3, 4, 5, 6)]:
    e = OSError(*args)
    print(type(e).__name__, "|", e, "|", e.args, "|", e.errno, e.strerror, e.filename, e.filename2)
for errno in [1, 2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 104, 110, 111]:
    print(errno, type(OSError(errno, "message")).__name__)
print(type(FileNotFoundError(13, "x")).__name__, isinstance(OSError(2, "x"), FileNotFoundError))
print(IOError is OSError, EnvironmentError is OSError)
b = BlockingIOError(11, "busy", 7)
print(b.characters_written, b.filename, b.args)
try:
    BlockingIOError(11, "busy").characters_written
except AttributeError as err:
    print("AttributeError:", err)
try:
    OSError(2, "x", flags=1)
except TypeError as err:
    print("TypeError:", err)
e = OSError(2, "gone", "f.txt")
e.filename = "g.txt"
e.errno = 5
print(e)
try:
    open("/definitely/not/here.txt")
except FileNotFoundError as err:
    print(err.errno, err.strerror, err.filename, err)
