# Checks: round() uses round-half-to-even and exact binary values; ndigits positive, zero, negative.
for v in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5):
    print(v, round(v), type(round(v)).__name__, round(v, 0))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1))
print(round(5), round(5, 2), type(round(5, 2)).__name__, round(1e300, 2), round(123.456, 10))
print(round(0.1 + 0.2, 1), round(-0.0), round(-0.4))
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
