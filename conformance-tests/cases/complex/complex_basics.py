# Checks: complex literals, complex() with numbers and keywords, repr/str forms, real/imag, conjugate, bool, isinstance.
z = 3 + 4j
print(z, repr(z), str(z), type(z).__name__, isinstance(z, complex), isinstance(2j, (int, float)))
print(1j, 2.5J, 0j, -0j, 1e100j, 1e16j + 1, 1e-7j)
print(complex(), complex(1), complex(1.5, -2), complex(real=1, imag=2), complex(imag=3), complex(True, False))
print(complex(-0.0, -0.0), complex(-0.0), complex(0.0, -0.0), -(0j), complex(float("nan"), float("inf")))
print(complex(1 + 2j, 3 + 4j), complex(2j, 5), complex(1, 2j))
inf = float("inf")
print(complex(inf, -inf), complex(-inf, float("nan")), complex(0, inf))
print(z.real, z.imag, z.conjugate(), (1.5).conjugate(), (7).imag, (2j).real)
print(bool(0j), bool(-0j), bool(1e-300j), bool(complex(float("nan"), 0)))
print(z == 3 + 4j, z != 3 + 4j, (2 + 0j) == 2, (2 + 0j) == 2.0, 2.5 == (2.5 + 0j), (2 + 1j) == 2, 1j == "1j")
print((2**60 + 0j) == 2**60, (2**60 + 0j) == 2**60 + 1, (1 + 0j) == True)
print(hash(1 + 2j), hash(-1 + 0j), hash(2 + 0j) == hash(2), hash(1.5 - 2.25j), hash(-1j), hash(1e300j))
d = {1: "int one", 2j: "two j"}
print(d[1 + 0j], d[complex(0, 2)], 1.0 + 0j in {1}, sorted({1j: 0, 1: 1, 1.0 + 0j: 2}.values()))
x = complex(5, 6)
print(complex(x) is x, +x, -x, abs(3 - 4j), abs(-2j), abs(complex(inf, float("nan"))))
print((1j).__complex__(), (1 + 2j).__getnewargs__(), complex.real, type(complex.imag).__name__)
for bad in ("(1j).real = 2", "del (1j).imag", "(1j).foo = 1"):
    try:
        exec(bad)
    except AttributeError as e:
        print("AttributeError:", e)
