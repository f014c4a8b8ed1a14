# Checks: contextlib.redirect_stdout: print and sys.stdout.write go to the new target, the target returned by __enter__, restoration after exceptions, nesting, re-entering the same object
import sys
import io
from contextlib import redirect_stdout

original = sys.stdout
buf = io.StringIO()
with redirect_stdout(buf) as target:
    print("hello")
    sys.stdout.write("written\n")
    print(target is buf, sys.stdout is buf)
print(sys.stdout is original)
print(repr(buf.getvalue()))

buf2 = io.StringIO()
try:
    with redirect_stdout(buf2):
        print("before error")
        raise ValueError("inside")
except ValueError as e:
    print("caught", e, sys.stdout is original)
print(repr(buf2.getvalue()))

outer, inner = io.StringIO(), io.StringIO()
with redirect_stdout(outer):
    print("outer 1")
    with redirect_stdout(inner):
        print("inner")
    print("outer 2")
print(repr(outer.getvalue()), repr(inner.getvalue()))

# The same object re-entered keeps a stack of previous targets.
a, b = io.StringIO(), io.StringIO()
ra = redirect_stdout(a)
with ra:
    print("a1")
    with redirect_stdout(b):
        print("b1")
        with ra:
            print("a2")
        print("b2")
    print("a3")
print(repr(a.getvalue()), repr(b.getvalue()))
print(sys.stdout is original)

# Any object with write() works.
class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass

c = Collector()
with redirect_stdout(c):
    print("x", 1, sep="-", end="!")
print(c.parts)

# None as the target: print writes nothing.
with redirect_stdout(None):
    print("discarded")
print("back")

# Used as a function-level helper.
def capture(func, *args):
    out = io.StringIO()
    with redirect_stdout(out):
        func(*args)
    return out.getvalue()

print(repr(capture(print, "captured", 3)))
