# Checks: reading stdin with sys.stdin.readline(), iteration, and read() of the remainder.
import sys
first = sys.stdin.readline()
print(repr(first))
count = 0
for line in sys.stdin:
    count += 1
    if line.strip() == "STOP":
        break
    print("line:", line.rstrip("\n").upper())
print("count", count)
print(repr(sys.stdin.read()))
print(repr(sys.stdin.readline()))
