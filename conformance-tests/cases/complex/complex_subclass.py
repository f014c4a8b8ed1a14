# Checks: subclasses of complex: construction (keywords too), operators give plain complex, own methods win.
class Phasor(complex):
    def describe(self):
        return f"{self.real:g} / {self.imag:g}"


p = Phasor(1, 2)
print(p, repr(p), type(p).__name__, isinstance(p, complex), p.describe(), Phasor("3j"), Phasor(imag=4))
print(p + 1, type(p + 1).__name__, 1 + p, p * p, abs(Phasor(3, 4)), -p, +p, p.conjugate(), p ** 2, 2 ** Phasor(1))
print(p == 1 + 2j, hash(p) == hash(1 + 2j), {p: "x"}[1 + 2j], bool(Phasor(0)), complex(p), type(complex(p)).__name__)
print(format(p, ".1f"), f"{p}", str(p))


class Loud(complex):
    def __repr__(self):
        return "Loud!"

    def __add__(self, other):
        return "added"


print(Loud(1), str(Loud(1)), f"{Loud(2)}", Loud(1) + 1, 1 + Loud(1), Loud(1) - 1)
