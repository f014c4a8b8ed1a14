# Checks: input() and sys.stdin.readline/read/readlines share one input; \r is kept; EOFError at the end; stdin attributes.
import sys
name = input()
print("name:", name)
print(repr(sys.stdin.readline()))
print(repr(input("prompt> ")))
print(repr(sys.stdin.read(5)))
print(repr(sys.stdin.readline(3)))
rest = sys.stdin.readlines()
print(rest)
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
try:
    input()
except EOFError as e:
    print(type(e).__name__, e)
print(sys.stdin.name, sys.stdin.mode, sys.stdin.encoding, sys.stdin.readable(), sys.stdin.closed)
for line in sys.stdin:
    print("never", line)
