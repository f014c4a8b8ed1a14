# Checks: after catching a RecursionError, raising the limit lets an 80,000-deep recursion complete.
import sys
def f(n):
    return n if n == 0 else f(n - 1)
try:
    f(5000)
except RecursionError as e:
    print("caught:", e)
sys.setrecursionlimit(100000)
print(f(80000))
