# Checks: str.split and str.rsplit with and without separators and maxsplit.
s = "  the quick  brown\tfox\njumps  "
print(s.split())
print(s.split(" "))
print(s.split(None, 2), s.rsplit(None, 2))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 1), "a,b,,c,".rsplit(",", 1))
print("".split(), "".split(","), "   ".split(), "abc".split("abc"))
print("a--b--c".split("--"), "a--b--c".rsplit("--", maxsplit=1))
print("1 2 3".split(maxsplit=1), "x".split("x"))
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
print("a\u2003b\u00a0c\x1cd".split())
