# Checks: less common str methods: title edge cases, isdigit on superscripts, format of '%' in str, str.count overlaps.
print("they're bill's friends".title(), "hELLO wORLD".capitalize())
print("aaa".count("aa"), "abababa".count("aba"), "abababa".replace("aba", "X"))
print("ab".join("1234"), "x".join(["", ""]), ",".join(["", "", ""]))
print("Hello"[::-1].lower().center(11, "~"))
print("%s%%" % 50, "100%")
print("a b c".split(" ", -1), "a b c".rsplit(" ", 0))
