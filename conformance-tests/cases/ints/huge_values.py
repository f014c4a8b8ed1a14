# Checks: very large ints: exponentiation, digit sums, str() of big numbers, comparisons.
big = 7 ** 1000
s = str(big)
print(len(s), s[:20], s[-20:])
print(sum([int(c) for c in s]))
print(big % 1000000007, big.bit_length())
print(big > 10 ** 845, big < 10 ** 846)
print(-big < 0, (-big) // big, (-big) % big)
x = 1
for i in range(1, 101):
    x *= i
print(x % (10 ** 30))
print(int("9" * 100) + 1 == 10 ** 100)
print(2 ** 1000 // 2 ** 999, (2 ** 1000 - 1) // 2 ** 999)
