# Checks: integer literal forms (decimal, hex, octal, binary, underscores) and their printed values.
print(0, 7, 1234567890)
print(0x1F, 0XfF, 0o17, 0O777, 0b1011, 0B11)
print(1_000_000, 0x_dead_beef, 0b_1111_0000)
print(00, 0_0)
print(-0, +5, -(-3), --4)
print(123456789012345678901234567890)
