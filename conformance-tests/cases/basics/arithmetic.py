# Checks: basic arithmetic operators on ints and floats, precedence and associativity.
print(2 + 3 * 4, (2 + 3) * 4)
print(7 / 2, 7 // 2, 7 % 2, -7 // 2, -7 % 2)
print(2 ** 10, 2 ** -1, 2 ** 3 ** 2, (-2) ** 2, -2 ** 2)
print(10 - 3 - 2, 100 / 10 / 5)
print(1 + 2.0, 3 * 1.5, 9 / 3, 2 ** 0.5)
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2)
print(+3, -3, ~3, ~-1)
print(True + True, True * 10, False - 1)
