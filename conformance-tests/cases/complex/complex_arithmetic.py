# Checks: complex arithmetic with ints, floats and complex; division and power algorithms; CPython's errors.
a = 1 + 2j
b = 3 - 4j
print(a + b, a - b, a * b, a / b, b / a, a ** 2, a ** -2, a ** 0, b ** 3)
print(a + 1, 1 + a, a - 2.5, 2.5 - a, a * 2, 2 * a, a / 2, 2 / a, 1j * 1j, 1j ** 2)
print(sum([1j, 2, 3.5]), 2 ** 0.5j, (1 + 1j) ** 0.5, (1 + 1j) ** (1 + 1j), 1j ** 1j)
print((1 + 1j) ** 101, (2 + 0j) ** 10, (0.5 + 0.5j) ** -3, (1 + 2j) ** 2.0)
print((-8) ** (1 / 3), (-8.0) ** 0.5, (-2) ** 1.5, (-1) ** 0.5, 4 ** 0.5, (-4.0) ** 2.0)
inf = float("inf")
print(complex(1, inf) * 2, (1 + 2j) / complex(inf, 0), complex(inf, 0) / 2, (1e308 + 1e308j) / (1e308 + 1e308j))
print(abs(1e308 + 1e308j), abs(3e-320 + 4e-320j), abs(1.5 - 2.5j), abs(0.1 + 0.2j))
print(0j ** 0, 0j ** 2, 0j ** 1.5)
z = 1 + 1j
z += 2
z *= 1j
z -= 1j
z /= 2
z **= 2
print(z)


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


attempt("1j / 0", lambda: 1j / 0)
attempt("1 / 0j", lambda: 1 / 0j)
attempt("1j / 0.0", lambda: 1j / 0.0)
attempt("0j ** -1", lambda: 0j ** -1)
attempt("0j ** 1j", lambda: 0j ** 1j)
attempt("0j ** -1.5", lambda: 0j ** -1.5)
attempt("(1e-200+0j) ** -2", lambda: (1e-200 + 0j) ** -2)
attempt("(1e200+0j) ** 2", lambda: (1e200 + 0j) ** 2)
attempt("abs(1e308+1.7e308j)", lambda: abs(1e308 + 1.7e308j))
attempt("1j // 2", lambda: 1j // 2)
attempt("1j % 2", lambda: 1j % 2)
attempt("divmod(1j, 2)", lambda: divmod(1j, 2))
attempt("1j & 1", lambda: 1j & 1)
attempt("~1j", lambda: ~1j)
attempt("1j < 2j", lambda: 1j < 2j)
attempt("1j >= 1", lambda: 1j >= 1)
attempt("max(1j, 2j)", lambda: max(1j, 2j))
attempt("1j + 'a'", lambda: 1j + "a")
attempt("'a' + 1j", lambda: "a" + 1j)
attempt("[1] * 1j", lambda: [1] * 1j)
attempt("pow(1j, 2, 3)", lambda: pow(1j, 2, 3))
attempt("pow(2, 3, 1j)", lambda: pow(2, 3, 1j))
attempt("pow(2.0, 1j, 3)", lambda: pow(2.0, 1j, 3))
attempt("pow(2, 1j)", lambda: pow(2, 1j))
attempt("int(1j)", lambda: int(1j))
attempt("float(1j)", lambda: float(1j))
attempt("round(1j)", lambda: round(1j))
attempt("1j + 2**2000", lambda: 1j + 2 ** 2000)
attempt("(1j).__add__('x')", lambda: (1j).__add__("x"))
attempt("(1j).__rsub__(2)", lambda: (1j).__rsub__(2))
attempt("(1j).__rpow__(2)", lambda: (1j).__rpow__(2))
attempt("(1j).__lt__(2j)", lambda: (1j).__lt__(2j))
attempt("(1j).__eq__(1)", lambda: (1j).__eq__(1))
