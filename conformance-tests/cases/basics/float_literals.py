# Checks: float literal forms and how they print.
print(1.0, 0.5, .5, 5., 1e3, 1E-3, 2.5e+2)
print(1_000.000_1, 1e1_0)
print(0.1, 0.2, 0.1 + 0.2)
print(3.14159, -2.0, -0.0)
print(1e16, 1e15, 123456789012345678.0)
print(1e-4, 1e-5, 0.0001234)
print(1.5e300 * 1.5e10)
