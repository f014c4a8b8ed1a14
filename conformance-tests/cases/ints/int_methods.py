# Checks: int methods: to_bytes/from_bytes, as_integer_ratio, conjugate, real/imag, numerator/denominator.
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"))
print((-1).to_bytes(2, "big", signed=True), (255).to_bytes(1, "big"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print(int.from_bytes(b"\xff\xfe", "big", signed=True), int.from_bytes(b"", "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
print((7).as_integer_ratio(), (7).conjugate(), (7).real, (7).imag)
print((7).numerator, (7).denominator, (-7).__abs__())
print(int.__name__, (5).__class__.__name__)
