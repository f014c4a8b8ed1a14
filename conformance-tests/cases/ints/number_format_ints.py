# Checks: format specs on ints: width, fill, align, sign, grouping, zero padding, c and n types.
n = 1234567
print(f"[{n:10}] [{n:<10}] [{n:^11}] [{n:>10}] [{n:*^13}]")
print(f"[{n:,}] [{n:_}] [{n:+,}] [{-n:,}] [{n: }] [{-n: }]")
print(f"[{42:05}] [{-42:05}] [{42:+05}] [{42:=+8}] [{-42:=8}]")
print(f"[{65:c}] [{0x1F600:c}] [{n:n}] [{n:d}] [{n:e}] [{n:.2f}] [{n:%}]")
print(format(10 ** 20, ","), format(-(10 ** 20), "_d"))
print(f"{0:,}", f"{999:,}", f"{1000:,}", f"{12:#x}", f"{12:#_b}")
try:
    format(5, ",c")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(5, "s")
except ValueError as e:
    print(type(e).__name__, e)
