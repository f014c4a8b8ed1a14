# Checks: &, |, ^, ~, <<, >> on positive, negative and big ints (two's-complement semantics).
vals = [0, 1, 5, -1, -6, 255, -256]
for a in vals:
    print(a, ~a, a << 3, a >> 1, a & 0xF, a | 8, a ^ -1)
print(-1 >> 100, 1 << 100, (1 << 100) >> 99)
print((2 ** 70 + 5) & (2 ** 70 + 3), -(2 ** 70) | 7, (2 ** 70) ^ -(2 ** 65))
print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
print((123456789).bit_length(), (-8).bit_length(), (0).bit_length(), (2 ** 100).bit_length())
print((255).bit_count(), (-7).bit_count())
