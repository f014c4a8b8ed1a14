# Checks: runaway recursion raises RecursionError at the default limit; it can be caught and the program continues.
import sys
depth = 0
def dive():
    global depth
    depth += 1
    dive()
try:
    dive()
except RecursionError as e:
    print(type(e).__name__, e)
    print(isinstance(e, RuntimeError), 900 < depth <= sys.getrecursionlimit())
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(900))
print("program continues")
