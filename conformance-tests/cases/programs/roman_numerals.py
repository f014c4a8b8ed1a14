# Program: conversions between integers, Roman numerals and English number words, with validation errors.
ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def to_roman(n):
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError(f"expected int, got {type(n).__name__}")
    if not 0 < n < 4000:
        raise ValueError(f"{n} is out of range (1..3999)")
    out = []
    for value, sym in ROMAN:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)


def from_roman(s):
    total = 0
    prev = 0
    for ch in reversed(s.upper()):
        if ch not in VALUES:
            raise ValueError(f"invalid roman digit {ch!r}")
        v = VALUES[ch]
        total += -v if v < prev else v
        prev = max(prev, v)
    if to_roman(total) != s.upper():
        raise ValueError(f"non-canonical numeral {s!r} (canonical: {to_roman(total)})")
    return total


def words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + ("-" + ONES[o] if o else "")
    if n < 1000:
        h, rest = divmod(n, 100)
        return ONES[h] + " hundred" + (" and " + words(rest) if rest else "")
    for size, name in ((10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand")):
        if n >= size:
            big, rest = divmod(n, size)
            sep = ", " if rest >= 100 else " and " if rest else ""
            return words(big) + " " + name + (sep + words(rest) if rest else "")


def main():
    for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
        r = to_roman(n)
        print(f"{n:>5} {r:<12} {from_roman(r):>5}  {words(n)}")
    for bad in [0, 4000, 2.5, True]:
        try:
            to_roman(bad)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    for s in ["mmxxiv", "IIII", "IC", "ABC", "XLII"]:
        try:
            print(s, "->", from_roman(s))
        except ValueError as e:
            print(type(e).__name__, e)
    for n in [105, 1000, 1001, 12345, 1000000, 7654321, 2000000017]:
        print(n, "=", words(n))
    total = sum([from_roman(to_roman(n)) for n in range(1, 4000)])
    print("round trip sum:", total, total == 3999 * 4000 // 2)


main()
