# Checks: upper/lower/title/capitalize/swapcase/casefold including non-ASCII and special casing.
s = "hello WORLD, it's a fine-day 3rd"
print(s.upper())
print(s.lower())
print(s.title())
print(s.capitalize())
print(s.swapcase())
print("ß".upper(), "straße".casefold(), "ǅ".lower(), "ǆ".title(), "ﬁ".upper())
print("ÉCOLE".lower(), "élan".capitalize(), "İ".lower(), len("İ".lower()))
print("σς ΣΑΣ".lower(), "ΣΑΣ ΣΑΣ".lower())
