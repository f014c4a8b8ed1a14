# Checks: print with sep and end, and printing to sys.stderr goes to stderr only.
import sys
print(1, 2, 3, sep=", ")
print("a", "b", sep="")
print("no newline", end="")
print(" <- continued")
print("x", "y", sep="-", end="!\n")
print(sep="unused", end="[empty]\n")
print(None, sep=None, end=None)
print("to stderr", file=sys.stderr)
print("to stdout", file=sys.stdout, flush=True)
print(*[1, 2, 3])
print(*"abc", sep="|")
