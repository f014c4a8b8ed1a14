# Checks: iterating a str, list()/tuple()/set sizes of str, enumerate over chars, reversed(str).
s = "héllo"
for i, c in enumerate(s):
    print(i, c, ord(c))
print(list(s), tuple("ab"), len(set("mississippi")), "".join(reversed(s)))
print(sorted(set("mississippi")), min(s), max(s))
