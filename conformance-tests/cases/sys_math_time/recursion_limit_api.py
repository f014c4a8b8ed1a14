# Checks: sys.getrecursionlimit default 1000, setrecursionlimit round trip, and errors for bad values.
import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(2500)
print(sys.getrecursionlimit())
for bad in [0, -5]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    sys.setrecursionlimit("10")
except TypeError as e:
    print(type(e).__name__, e)
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
