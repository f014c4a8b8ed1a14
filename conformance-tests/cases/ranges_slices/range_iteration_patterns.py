# Checks: common range loop patterns: counting down, stepping, nested ranges, index loops over sequences.
for i in range(10, 0, -3):
    print(i, end=" ")
print()
for i in range(3):
    for j in range(i, 3):
        print((i, j), end=" ")
print()
words = ["a", "b", "c"]
for i in range(len(words) - 1, -1, -1):
    print(i, words[i])
print(sum(range(1, 101)), sum(range(0, 100, 7)), list(range(-3, 4, 2)))
