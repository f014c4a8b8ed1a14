# Checks: print to sys.stdout/sys.stderr, to a user object with write(), flush=True, and sep/end validation errors.
import sys
class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append("<flush>")
c = Collector()
print("a", "b", sep="+", end="$", file=c)
print("x", file=c, flush=True)
print(c.parts)
print("to stderr", 1, 2, sep="|", file=sys.stderr)
print("flushed", flush=True)
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", end=[])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", file=5)
except AttributeError as e:
    print(type(e).__name__, e)
print(file=None)
