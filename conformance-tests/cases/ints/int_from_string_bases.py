# Checks: int(str, base) with bases 2..36 and 0, prefixes, underscores, signs and whitespace.
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("-0b101", 0))
print(int("777", 8), int("0o777", 0), int("z", 36), int("Zz", 36), int("10", 2))
print(int("  +42\n", 10), int("1_0", 0), int("0_7", 8), int("0", 0), int("000", 0))
print(int("123456789abcdef0123456789", 16))
for s, base in [("12", 2), ("0x", 16), ("", 10), ("08", 0), ("1__0", 10), ("9", 8), ("_1", 10)]:
    try:
        int(s, base)
    except ValueError as e:
        print(type(e).__name__, e)
for base in (1, 37, -1):
    try:
        int("1", base)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
