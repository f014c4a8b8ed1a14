# Checks: hex/oct/bin and format types b/o/x/X for positive, negative and big ints.
for n in (0, 1, 10, 255, -255, 2 ** 70, -(2 ** 33)):
    print(n, hex(n), oct(n), bin(n))
print(format(255, "b"), format(255, "o"), format(255, "x"), format(255, "X"))
print(format(255, "#b"), format(255, "#o"), format(255, "#x"), format(255, "#X"))
print(format(-42, "#010x"), format(42, "08b"), format(3, "#06b"))
print(f"{1234567:_x}", f"{0xdeadbeef:_X}", f"{255:_b}")
