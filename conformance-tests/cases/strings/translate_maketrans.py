# Checks: str.maketrans (1-, 2- and 3-argument forms) and translate; ord/chr round trips.
t = str.maketrans("abc", "xyz")
print(sorted(t.items()), "aabbcc".translate(t))
t2 = str.maketrans("abc", "xyz", "d")
print("abcd-dcba".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, ord("c"): "CC"})
print("abcabc".translate(t3))
print("hello".translate({ord("l"): "L"}), "hello".translate({}))
print([ord(c) for c in "Az09"], "".join(map(chr, range(65, 70))))
