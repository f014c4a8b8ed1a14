# Checks: input() reads lines from stdin (prompt written to stdout), strips the newline, EOFError at end.
name = input("Name? ")
print(f"Hello, {name}!")
n = int(input())
total = 0
for _ in range(n):
    total += int(input())
print("total", total)
rest = input("last: ")
print(repr(rest))
try:
    input("one more? ")
except EOFError as e:
    print(type(e).__name__, e)
