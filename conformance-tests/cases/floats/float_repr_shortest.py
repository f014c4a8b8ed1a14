# Checks: float repr is the shortest string that round-trips, and the switch to exponent notation at 1e16 / 1e-4.
vals = [0.1, 0.2, 0.3, 1/3, 2/3, 1.1 * 3, 100.0, 1e15, 1e16, 1.5e16, 12345678901234567.0,
        0.0001, 0.00001, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308,
        9007199254740993.0, 0.1 + 0.7, 4.35, 1e22, 1e23, 123.456, -0.0, 3.0e-10]
for v in vals:
    print(repr(v), str(v))
print(float.fromhex("0x1.fffffffffffffp+1023"), (0.1).hex(), (1.0).hex(), (-2.5).hex())
