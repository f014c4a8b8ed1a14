# Checks: math domain and range errors and type errors with CPython's messages.
import math
for call in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.acos(2),
             lambda: math.exp(1000), lambda: math.factorial(-1), lambda: math.factorial(2.5),
             lambda: math.sqrt("x"), lambda: math.isqrt(-1), lambda: math.comb(-1, 2), lambda: math.pow(0, -1),
             lambda: math.floor("x"), lambda: math.gcd(1.5, 2)]:
    try:
        print(call())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
