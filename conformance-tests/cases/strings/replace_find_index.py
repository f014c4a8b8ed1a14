# Checks: replace (with count), find/rfind/index/rindex with start/end, and ValueError from index.
s = "banana bandana"
print(s.replace("an", "AN"), s.replace("an", "", 2), s.replace("", "-"), s.replace("x", "y"))
print("abc".replace("", "-", 2))
print(s.find("an"), s.find("an", 2), s.find("an", 2, 4), s.find("zz"), s.rfind("an"), s.rfind("an", 0, 5))
print(s.index("ban"), s.rindex("ban"), s.find(""), s.rfind(""), s.find("", 100))
print(s.find("a", -3), s.rfind("a", -6, -1))
try:
    s.index("xyz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("xyz")
except ValueError as e:
    print(type(e).__name__, e)
