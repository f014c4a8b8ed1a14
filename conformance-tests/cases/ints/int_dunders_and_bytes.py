# Checks: int special methods called as attributes, to_bytes/from_bytes with every option, and their errors.
print((5).__abs__(), (-5).__abs__(), int.__add__(1, 2), (3).__radd__(4), (7).__rsub__(10), (2).__pow__(10, 1000))
print((1).__add__(1.5), (1.5).__radd__(1), (7).__truediv__(2), (7).__floordiv__(-2), (7).__divmod__(-2))
print((6).__and__(3), True.__and__(True), True.__or__(0), (1).__lshift__(70), (-9).__rshift__(1), (5).__invert__())
print((3).__eq__(3.0), (3.0).__eq__(3), (3).__lt__(4), (3).__ge__(3), (2).__ne__("2"))
print((7).__index__(), (7).__float__(), (7).__round__(-1), (15).__round__(-1), (25).__round__(-1), (7).__trunc__())
print((1234).__format__("_"), (255).__format__("#x"), True.__repr__(), (10 ** 20).__hash__() == hash(10 ** 20))
print((0).bit_length(), (-255).bit_length(), (2 ** 100).bit_length(), (-7).bit_count(), (10).conjugate())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, byteorder="little"), (-2).to_bytes(1, "big", signed=True))
print((65).to_bytes(), (0).to_bytes(0, "big"), (2 ** 64).to_bytes(9, "little"), (-129).to_bytes(2, "little", signed=True))
print(int.from_bytes(b"\x00\x10"), int.from_bytes([1, 0], "little"), int.from_bytes(b"\xff" * 9, "big", signed=True))
print(int.from_bytes(bytearray(b"\x80"), "big", signed=True), int.from_bytes(b"\x80", "big"))
for args in [(1, "middle"), (-1,), (300,), (-129, 1), (128, 1)]:
    try:
        n = args[0]
        if len(args) == 1:
            n.to_bytes()
        elif isinstance(args[1], str):
            n.to_bytes(2, args[1])
        else:
            n.to_bytes(args[1], "big", signed=True)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    (5).to_bytes(-1, "big")
except ValueError as e:
    print(type(e).__name__, e)
try:
    int.__add__(1.5, 2)
except TypeError as e:
    print(type(e).__name__, e)
print((7).numerator, (7).denominator, (7).real, (7).imag, True.real, (3).as_integer_ratio())
