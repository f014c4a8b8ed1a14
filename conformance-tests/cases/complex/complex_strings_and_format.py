# Checks: complex("...") parsing and its errors, __complex__/__float__/__index__ in complex(), format() of complex numbers.
for text in ["1+2j", " ( -1.5e3-2J ) ", "j", "-j", "+1J", "infj", "-infinity+nanj", "1e999j", "1_000+2_0j",
             "\u0661+\u0662j", "1", ".5j", "1+j", "1 + 2j", "1+2", "(1+2j", "2j+1", "", "1__0j", "_1j", "1j_", "x"]:
    try:
        print(repr(text), complex(text))
    except ValueError as e:
        print(repr(text), "ValueError:", e)


class Celsius:
    def __init__(self, deg):
        self.deg = deg

    def __complex__(self):
        return complex(self.deg, 1)


class Ratio:
    def __float__(self):
        return 0.25


class Step:
    def __index__(self):
        return 7


class Broken:
    def __complex__(self):
        return 5


print(complex(Celsius(20)), complex(Ratio()), complex(Step()), complex(Ratio(), Step()), complex(Celsius(1), 2))
for args in [("1", 2), (1, "2"), ([],), (1, []), (b"1",), (Broken(),), (Celsius(1), Celsius(2)), (1, 2, 3)]:
    try:
        print(complex(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    complex(real=1, other=2)
except TypeError as e:
    print("TypeError:", e)

values = [1 + 2j, 2j, -0j, 1.5 - 2.25j, complex(float("nan"), 1), complex(-float("inf"), 1), 1234567.125 - 0.5j]
specs = ["", "#", "12", "<14", "^14", "*>16", "+", " ", ".2", "#.0", "e", ".3e", "E", "f", ".1f", "g", "#g", "n",
         ",.2f", "_.3f", "z.1f", "+.2f", " g", "z", "x<20_g"]
for v in values:
    print(repr(v), [format(v, s) for s in specs])
for spec in ["010", "=10", "0<10", "d", "%", "s", ",d", ".2%"]:
    try:
        print(format(1 + 2j, spec))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
print(f"{3 - 4j}|{3 - 4j:.3f}|{3 - 4j!r:>12}|{1j:^9}|", "{:+.3}".format(1.23456 - 7.891j), "%s %r" % (1j, 2 + 1j))
